// Stance cues as data: phrases of restricting, opposing restriction, or deferring, plus the modifiers that turn them.
export type CueKind = 'act' | 'noun' | 'claim';

export type Cue = {
  /** Regular expression source, matched case-insensitively on word boundaries. */
  pattern: string;
  /** +1 restricts the target, -1 argues for or allows it, 0 defers. */
  polarity: 1 | -1 | 0;
  /** 0..1: a full ban is stronger than a core-network exclusion. */
  strength: number;
  /** act: a verb with an agent; noun: "a ban", whose holder is a modifier or "by/in X"; claim: an opinion. */
  kind: CueKind;
  /** When negated, a neutral cue stays neutral ("has not decided") instead of flipping. */
  negatedPolarity?: 1 | -1 | 0;
  /** The cue needs the topic's target or a reference to it in the same sentence. */
  needsTarget?: boolean;
  /** The cue also names trade measures ("blacklist"): it counts only beside a domain term (network, 5G…). */
  needsDomain?: boolean;
  /** Name-calling ("US hegemony") names whom it blames: only a speaker holds it, never the clause's own subject. */
  needsSpeaker?: boolean;
};

export const CUES: Cue[] = [
  // Restricting the target.
  { pattern: 'ban(?:s|ned|ning)?', polarity: 1, strength: 1, kind: 'act' },
  {
    pattern:
      'outlaw(?:s|ed|ing)?|prohibit(?:s|ed|ing|ion)?|forb(?:id|ids|idden|idding|ade)|disallow(?:s|ed|ing)?|banish(?:es|ed|ing)?|expel(?:s|led|ling)?|oust(?:s|ed|ing)?|purg(?:e|es|ed|ing)',
    polarity: 1,
    strength: 1,
    kind: 'act',
  },
  { pattern: 'blacklist(?:s|ed|ing)?', polarity: 1, strength: 0.9, kind: 'act', needsTarget: true, needsDomain: true },
  { pattern: 'bar(?:s|red|ring)?(?= (?:\\w+ ){0,6}from\\b)|debar(?:s|red)?', polarity: 1, strength: 0.9, kind: 'act' },
  { pattern: 'barred|barring', polarity: 1, strength: 0.9, kind: 'act' },
  { pattern: 'exclud(?:e|es|ed|ing)|exclusion', polarity: 1, strength: 0.85, kind: 'act' },
  {
    pattern:
      '(?:lock|shut|keep|kept|kick|freeze|froze|cut|squeeze|push|pushed|force|forced)(?:s|ed|ing)? (?:\\w+ ){0,8}out(?! of (?:the )?(?:question|hand))',
    polarity: 1,
    strength: 0.85,
    kind: 'act',
    needsTarget: true,
  },
  { pattern: 'lock(?:s|ed|ing)? out|shut(?:s|ting)? out|kept out|kick(?:s|ed|ing)? out', polarity: 1, strength: 0.85, kind: 'act' },
  {
    pattern:
      'phas(?:e|es|ed|ing)[ -]out|rip[ -](?:and|out)[ -]?(?:replace)?|(?:strip|rip|take|tak|took|pull|yank)(?:s|ped|ping|ing|en|ed)? (?:[\\w-]+ ){0,4}out|remov(?:e|es|ed|ing|al)|replac(?:e|es|ed|ing|ement)|swap(?:s|ped|ping)? out|(?:strip|rip|purg)(?:s|e|es|ped|ping|ed|ing)?(?= (?:[\\p{L}\\p{N}-]+ ){1,6}from\\b)',
    polarity: 1,
    strength: 0.8,
    kind: 'act',
    needsTarget: true,
  },
  {
    pattern: 'omit(?:s|ted|ting)?|(?:leave|leaves|left|leaving) (?:\\w+ ){0,3}out',
    polarity: 1,
    strength: 0.7,
    kind: 'act',
    needsTarget: true,
  },
  {
    pattern: '(?:campaign|crusade|drive|offensive|pressure|lobbying|push|war|fight|act|action|measures?) against',
    polarity: 1,
    strength: 0.6,
    kind: 'act',
    needsTarget: true,
  },
  { pattern: 'block(?:s|ed|ing)?', polarity: 1, strength: 0.8, kind: 'act', needsTarget: true },
  { pattern: 'restrict(?:s|ed|ing|ion|ions|ive)?|curb(?:s|ed|ing)?|restrictions? in place', polarity: 1, strength: 0.65, kind: 'act' },
  {
    pattern:
      'limit(?:s|ed|ing)? (?:the )?(?:[\\p{L}-]+ ){0,2}(?:market|role|use|involvement|participation|presence|share|access)|cap(?:s|ped|ping)? (?:on|at|the)|market[- ]share cap',
    polarity: 1,
    strength: 0.6,
    kind: 'act',
  },
  {
    pattern:
      '(?:limit|restrict|confin|relegat)(?:s|ed|ing|e|es)? (?:[\\p{L}\\p{N}-]+ ){0,4}to (?:the )?(?:[\\p{L}-]+ ){0,2}(?:edge|periphery|peripheral|radio|access|non-core|antennas?|parts?|share)',
    polarity: 1,
    strength: 0.6,
    kind: 'act',
    needsTarget: true,
  },
  {
    pattern:
      '(?:used|usable|allowed|permitted|deployed|installed|confined|restricted|accepted)(?: \\w+)? only in (?:the )?(?:[\\p{L}-]+ ){0,2}(?:non-critical|non-core|peripheral|less[- ]sensitive|edge|access|radio)',
    polarity: 1,
    strength: 0.6,
    kind: 'act',
    needsTarget: true,
  },
  {
    pattern: '(?:attach(?:es|ed|ing)?|impos(?:e|es|ed|ing)|set(?:s|ting)?) (?:[\\p{L}-]+ ){0,2}conditions|(?:special|golden|veto) powers?',
    polarity: 1,
    strength: 0.5,
    kind: 'act',
    needsTarget: true,
  },
  { pattern: 'discourag(?:e|es|ed|ing)|dissuad(?:e|es|ed|ing)', polarity: 1, strength: 0.5, kind: 'act', needsTarget: true },
  {
    pattern: 'drop(?:s|ped|ping)?|shun(?:s|ned|ning)?|avoid(?:s|ed|ing)?|ditch(?:es|ed|ing)?|scrap(?:s|ped|ping)?|abandon(?:s|ed|ing)?',
    polarity: 1,
    strength: 0.6,
    kind: 'act',
    needsTarget: true,
  },
  {
    pattern:
      'high[- ]risk (?:vendor|supplier|provider)s?|untrusted (?:vendor|supplier)s?|(?:not|un)trustworthy|clean (?:network|path|carrier)s?',
    polarity: 1,
    strength: 0.6,
    kind: 'claim',
  },
  {
    pattern:
      '(?:national |cyber ?|potential |serious |significant |major )?security (?:threat|risk|concern|danger)s?|(?:threat|risk|danger) to (?:[\\p{L}’\\u0027]+ )?(?:national )?security|(?:poses?|posing) (?:a |an )?(?:\\w+ ){0,2}(?:risk|threat)',
    polarity: 1,
    strength: 0.5,
    kind: 'claim',
  },
  { pattern: 'spying|espionage|back ?doors?|surveillance risk', polarity: 1, strength: 0.45, kind: 'claim', needsTarget: true },
  {
    pattern: 'warn(?:s|ed|ing)? (?:\\w+ ){0,4}(?:against|about|of|that|over)|cautioned|sounded the alarm',
    polarity: 1,
    strength: 0.6,
    kind: 'claim',
  },
  {
    pattern:
      '(?:keep|keeps|keeping|kept) (?:[\\w-]+ ){0,3}away|(?<!the )sideline(?:s|d)?|sidelining|marginali[sz](?:e|es|ed|ing)|target(?:s|ed|ing)?',
    polarity: 1,
    strength: 0.55,
    kind: 'act',
    needsTarget: true,
  },
  {
    pattern: '(?:can|will|would|must|should|do|does|did)(?: ?not|n[’\u0027]t) (?:to )?(?:use|buy|deploy|install)',
    polarity: 1,
    strength: 0.65,
    kind: 'act',
    needsTarget: true,
  },
  {
    pattern:
      '(?:account for|make up|represent|exceed|supply|hold) (?:no |not )?more than (?:\\w+ ){0,2}\\d{1,2} ?(?:%|per ?cent)|(?:no|not) more than \\d{1,2} ?(?:%|per ?cent)',
    polarity: 1,
    strength: 0.6,
    kind: 'act',
    negatedPolarity: 1,
  },
  {
    pattern:
      '(?:risks?|threats?|dangers?) (?:associated with|posed by|of using)|(?:concerned|worried|wary|suspicious) (?:about|over|of|by)|concerns? (?:about|over) (?=\\S*\\s*{target})',
    polarity: 1,
    strength: 0.45,
    kind: 'claim',
    needsTarget: true,
  },
  { pattern: 'single(?:s|d)? out|singling out', polarity: 1, strength: 0.4, kind: 'act' },
  { pattern: 'designat(?:e|es|ed|ing)', polarity: 1, strength: 0.7, kind: 'act', needsTarget: true },
  { pattern: 'not (?:to )?use|stop(?:s|ped)? using|no longer (?:use|buy)', polarity: 1, strength: 0.6, kind: 'act', needsTarget: true },
  {
    pattern: 'vet(?:s|ted|ting)|screen(?:s|ed|ing)|security (?:review|screening|checks?)',
    polarity: 1,
    strength: 0.35,
    kind: 'act',
    needsTarget: true,
  },
  { pattern: 'reduc(?:e|es|ed|ing) (?:\\w+ ){0,3}(?:reliance|dependence|role|share)', polarity: 1, strength: 0.5, kind: 'act' },
  { pattern: 'toughen(?:s|ed)?|tighten(?:s|ed|ing)?|crack(?:s|ed)? down|clampdown|crackdown', polarity: 1, strength: 0.6, kind: 'act' },
  {
    pattern:
      '(?:(?:adopt|introduc|impos|enact|pass|approv)\\p{L}*|tak(?:e|es|en|ing)|took|put(?:s|ting)?) (?:[\\p{L}-]+ ){0,2}?(?:similar|comparable|equivalent|identical|the same|such) (?:[\\p{L}-]+ )?(?:rules|restrictions|measures|bans?|legislation|laws?|steps|curbs|policies)',
    polarity: 1,
    strength: 0.7,
    kind: 'act',
  },
  {
    pattern: 'followed suit|follow(?:s|ed)? suit|joined (?:the )?(?:\\w+ ){0,2}(?:ban|countries|nations|allies)',
    polarity: 1,
    strength: 0.7,
    kind: 'act',
  },
  // Pressure through money or partnership: finance only "trusted" vendors, or cooler ties for those who keep the target.
  {
    pattern:
      '(?:financ(?:e|es|ed|ing)|loans?|funding|fund(?:s|ed)?|credit|subsid(?:y|ies|ise|ize|ised|ized)|grants?|incentives?) (?:[\\p{L}\\p{N}-]+ ){0,10}?(?:trusted|secure|clean|alternative|western|non-chinese) (?:[\\p{L}\\p{N}-]+ )?(?:vendors?|suppliers?|equipment|networks?|providers?)',
    polarity: 1,
    strength: 0.5,
    kind: 'act',
    needsDomain: true,
  },
  {
    pattern:
      '(?:should|would|will|could|can)(?: ?not|n[’\u0027]t) expect (?:the same|continued|full|further|our) (?:[\\p{L}-]+ ){0,2}(?:cooperation|support|intelligence|partnership|access|trust)|(?:jeopardi[sz]e|endanger|put at risk|threaten|harm|review|reconsider) (?:[\\p{L}-]+ ){0,3}(?:intelligence[- ]sharing|cooperation|alliance)',
    polarity: 1,
    strength: 0.55,
    kind: 'claim',
    needsTarget: true,
  },

  // Welcoming a decision, vote or plan: in a sentence about the topic these are restrictions ("welcomed the vote").
  {
    pattern:
      'welcom(?:e|es|ed|ing)(?= (?:the |this |a |that |its |their |[\\p{L}]+[’\u0027]s )?(?:[\\p{L}\\p{N}-]+ ){0,2}(?:vote|decision|move|plan|law|bill|step|rules?|measures?|legislation|proposal|toolbox|guidelines|ban|exclusion|restrictions?)\\b(?! (?:[\\p{L}-]+ ){0,2}(?:not to|against|to allow|to let|to lift|to keep using)))|(?<=\\b(?:plans?|decision|move|proposal|law|bill|rules|ban|exclusion|restrictions?|toolbox|step)\\b[^.;]{0,80}\\b(?:was|were|been|is|are) (?:\\w+ )?)welcomed',
    polarity: 1,
    strength: 0.6,
    kind: 'act',
  },
  {
    pattern:
      'think (?:\\w+ ){0,2}(?:carefully|twice|hard) (?:about|before) (?:allowing|using|letting|choosing|buying|deploying|working with)|(?:careful|cautious|wary) (?:about|before|when) (?:allowing|using|letting|choosing|deploying)',
    polarity: 1,
    strength: 0.5,
    kind: 'claim',
    needsTarget: true,
  },
  // Against restriction, or for the target.
  {
    pattern:
      'allow(?:s|ed|ing)?(?! (?:the |its |their )?(?:[\\p{L}-]+ ){0,2}to (?:block|ban|exclude|restrict|bar|remove|veto|screen|vet))|permit(?:s|ted|ting)?|let(?:s|ting)? (?={target}|it\\b)',
    polarity: -1,
    strength: 0.7,
    kind: 'act',
    needsTarget: true,
  },
  {
    pattern:
      'welcom(?:e|es|ed|ing)|embrac(?:e|es|ed|ing)|prais(?:e|es|ed|ing)|defend(?:s|ed|ing)?|back(?:s|ed|ing)? {target}|trust(?:s|ed)? {target}|(?:full |strong )?(?:support|backing) (?:for|of) {target}|in support of {target}',
    polarity: -1,
    strength: 0.6,
    kind: 'act',
    needsTarget: true,
  },
  {
    pattern:
      'discriminat(?:e|es|ed|ing|ion|ory)|unfair(?:ly)?|protectionis(?:m|t)|politici[sz](?:e|es|ed|ing|ation)|groundless|baseless|unfounded|unjustified|unjust',
    polarity: -1,
    strength: 0.7,
    kind: 'claim',
  },
  {
    pattern:
      'smear(?:s|ed|ing)?|witch[- ]hunt|abuse of (?:state )?power|bully(?:ing)?|hegemony|hypocri(?:sy|tical)|paranoi(?:a|d)|fear[- ]?monger(?:ing)?',
    polarity: -1,
    strength: 0.7,
    kind: 'claim',
    needsSpeaker: true,
  },
  {
    pattern:
      'oppos(?:e|es|ed|ing)(?= (?:\\w+ ){0,4}(?:ban|restriction|exclusion|measure|decision|move|politici))|criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|slam(?:s|med|ming)?|hit back|lash(?:ed)? out|protest(?:s|ed|ing)?|retaliat(?:e|es|ed|ion)|countermeasures?|consequences|regret(?:s|ted)?|object(?:s|ed|ing)? to|challeng(?:e|es|ed|ing) (?:\\w+ ){0,3}(?:ban|decision|law|rule|order|exclusion)|sue[sd]?|lawsuit|legal action|appeal(?:s|ed)?',
    polarity: -1,
    strength: 0.6,
    kind: 'claim',
  },
  {
    pattern:
      'misguided|mistaken|misconceptions?|a mistake|wrong(?:ful)?|short[- ]sighted|counterproductive|regrettable|disappoint(?:ed|ing)|unfortunate|disproportionate|politically motivated',
    polarity: -1,
    strength: 0.55,
    kind: 'claim',
    needsTarget: true,
  },
  {
    pattern:
      'false sense of security|(?:does|do|did) not ban anyone|(?:bans?|banning|exclud\\w+|restrict\\w+) (?:[\\p{L}-]+ ){0,4}(?:is|are|would be|will be) (?:no|not a|not the) (?:solution|answer|remedy)',
    polarity: -1,
    strength: 0.6,
    kind: 'claim',
  },
  {
    pattern:
      'den(?:y|ies|ied|ying)|reject(?:s|ed|ing)? (?:\\w+ ){0,3}(?:allegation|accusation|claim|charge|suggestion)s?|dismiss(?:es|ed)? (?:\\w+ ){0,3}(?:allegation|accusation|claim|concern)s?',
    polarity: -1,
    strength: 0.4,
    kind: 'claim',
  },
  {
    pattern:
      '(?:lack(?:s|ed|ing)?|without|(?:has|have|had|with) no) (?:any |a )?(?:[\\p{L}-]+ )?(?:basis|justification|grounds)|no (?:technical|legal|factual|scientific|security) (?:basis|justification|grounds)|no (?:[\\p{L}-]+ )?evidence|lack of (?:[\\p{L}-]+ )?evidence|without (?:any )?(?:[\\p{L}-]+ )?evidence|no proof|not provided (?:any )?evidence',
    polarity: -1,
    strength: 0.6,
    kind: 'claim',
  },
  { pattern: 'resist(?:s|ed|ing)?|rebuff(?:s|ed)?|defie[sd]|defy(?:ing)?|push(?:es|ed)? back', polarity: -1, strength: 0.7, kind: 'act' },
  {
    pattern:
      '(?:keep|keeps|kept|keeping|leave|leaves|left|leaving) (?:its |the |their |our )?doors? open|open to (?:all|any|every) (?:\\w+ ){0,2}(?:vendor|supplier|compan|player|firm|operator|provider)|(?:led|lead|leads|leading|joined|join|joins) (?:the )?resistance|resistance (?:to|against)',
    polarity: -1,
    strength: 0.55,
    kind: 'act',
  },
  {
    pattern:
      'unfeasible|infeasible|impractical|unworkable|too (?:costly|expensive)|prohibitively expensive|lack of (?:[\\w-]+ ){0,2}alternatives|no (?:viable|real|cost-effective|affordable) alternatives?|(?:will|would) (?:continue to )?use {target}',
    polarity: -1,
    strength: 0.5,
    kind: 'claim',
  },
  // Protests by the target or its government that name no vendor: "firmly opposes the move", "protect the legitimate interests".
  {
    pattern:
      '(?:firmly |strongly |resolutely )?oppos(?:e|es|ed)(?: to)? (?:the|this|such|any|these) (?:[\\p{L}-]+ ){0,2}(?:move|decision|ban|restrictions?|measures?|exclusion|practices?)|(?:protect|safeguard|defend|uphold)(?:s|ed|ing)? (?:the )?(?:legitimate|lawful) (?:rights and )?(?:interests|rights)',
    polarity: -1,
    strength: 0.55,
    kind: 'claim',
  },
  // Operators fighting a restriction on cost or timing grounds.
  {
    pattern:
      '(?:would|will|could|might|to) (?:cost|take|require|need) (?:[\\p{L}\\p{N}$€£.,-]+ ){0,4}(?:billions?|millions?|bn|years|decades)|(?:timeline|deadline|timetable|time ?frame|schedule)s? (?:[\\p{L}-]+ ){0,6}(?:is|was|are|were|remains?) (?:too (?:short|tight|ambitious|aggressive)|unrealistic|impossible|unachievable)|unrealistic|(?:raise|push up|drive up|increase|inflate)s? (?:[\\p{L}-]+ ){0,2}(?:prices|costs|bills|tariffs) (?:for|of|to) (?:[\\p{L}-]+ ){0,2}(?:consumers|customers|users|subscribers)|(?:delay|slow|hold back|set back)(?:s|ed)? (?:[\\p{L}-]+ ){0,4}(?:5G|rollout|roll-out|coverage|deployment|launch)',
    polarity: -1,
    strength: 0.5,
    kind: 'claim',
    needsTarget: true,
  },
  {
    pattern:
      'open to (?:all|any|every) (?:vendor|supplier|compan)|(?:free|fair) and (?:fair|open|free)|level playing field|non-?discriminatory|open market|fair competition',
    polarity: -1,
    strength: 0.5,
    kind: 'claim',
  },
  {
    pattern:
      '(?<!\\b(?:conditions?|restrictions?|limits?|veto(?:ed)?|block(?:ed|ing)?|short of blocking) (?:on|to|over|for)? ?(?:[\\p{L}\\p{N}-]+ ){0,4})(?:partner(?:ship)?|deal|agreement|contract|memorandum|mou|cooperation|collaborat(?:e|ion)) with {target}|(?:sign(?:s|ed)?|award(?:s|ed)?|select(?:s|ed)?|chose|choose|picked|tap(?:s|ped)?) (?:\\w+ ){0,3}{target}',
    polarity: -1,
    strength: 0.4,
    kind: 'act',
  },
  {
    pattern:
      'continu(?:e|es|ed|ing) (?:to )?(?:use|work with|buy|rely on|deploy)|keep(?:s|ing)? (?:using|working with)|stick(?:s|ing)? with|stay(?:s|ed)? with|(?:keep|keeps|kept|keeping|retain|retains|retained|retaining) {target}(?! (?:[\\p{L}-]+ ){0,4}(?:out|away)\\b)',
    polarity: -1,
    strength: 0.5,
    kind: 'act',
    needsTarget: true,
  },

  // Deferring: reviewing, undecided, mixed, leaving it to others.
  {
    pattern:
      '(?:postpon(?:e|es|ed|ing)|delay(?:s|ed|ing)?|defer(?:s|red|ring)?|put(?:s|ting)? off|push(?:es|ed|ing)? back|hold(?:s|ing)? off on|held off on)(?: (?:a|the|its|their|any|final))? (?:[\\p{L}-]+ ){0,2}(?:decision|ruling|verdict|call)s?',
    polarity: 0,
    strength: 0.3,
    kind: 'act',
    negatedPolarity: 0,
  },
  {
    pattern:
      'consider(?:s|ed|ing)? (?:whether|a ban|banning|restrict|exclud|options|the|its|how)|weigh(?:s|ed|ing)? (?:whether|an?|up|the|its|all|plans?|options|proposals?|restrictions|how)|mull(?:s|ed|ing)?|debat(?:e|es|ed|ing) whether|deliberat(?:e|es|ed|ing|ions)|ponder(?:s|ed|ing)?',
    polarity: 0,
    strength: 0.3,
    kind: 'act',
    negatedPolarity: 0,
  },
  {
    pattern:
      'review(?:s|ed|ing)?|under review|assess(?:es|ed|ing|ment)|evaluat(?:e|es|ed|ing|ion)|stud(?:y|ies|ying)|examin(?:e|es|ed|ing)|analy[sz](?:e|es|ed|ing|is)|investigat(?:e|es|ed|ing)',
    polarity: 0,
    strength: 0.3,
    kind: 'act',
    negatedPolarity: 0,
  },
  {
    pattern:
      '(?:yet|still) to (?:decide|make|take|reach|announce)|undecided|(?:has|have|had) not (?:yet )?(?:decided|made|taken)|no (?:final )?decision|not (?:yet )?(?:made|reached|taken) a (?:final )?decision|decision (?:on|about) whether|whether (?:or not )?to (?:allow|ban|exclude|restrict|bar|use|include|let)|(?:expected|due|set|poised) to (?:decide|announce|deliver|make|rule)|final decision|make up (?:its|their) mind|(?:will|would|did|does|do)(?: not|n[’\u0027]t) (?:take|make|announce|reach) (?:any|a) (?:final )?decision|nothing (?:has|had) (?:yet )?been (?:decided|agreed|finali[sz]ed)|nothing is (?:decided|final)|too early to (?:say|tell|decide|comment|judge)|premature to (?:say|decide|comment)',
    polarity: 0,
    strength: 0.3,
    kind: 'claim',
    negatedPolarity: 0,
  },
  {
    pattern:
      'balance|case[- ]by[- ]case|(?:at|on) (?:the )?(?:eu|european|nato|eu and nato|nato and eu|international) level|leave (?:it|the decision|that) (?:up )?to|left (?:it|the decision) to|up to (?:the )?(?:operators|companies|member states|each)|coordinat(?:e|ion|ing) with|wait(?:s|ed|ing)? for|should have waited|(?:common|joint|coordinated|single) (?:european|eu|eu-wide) (?:rules|approach|response|position|standards?)|(?:a )?matter for (?:each|the|individual) (?:[\\p{L}-]+ )?(?:operators?|carriers?|compan(?:y|ies)|networks?)|(?:not|n[’\u0027]t) (?:tell|dictate to|instruct) (?:[\\p{L}-]+ ){0,2}(?:which|what)|wait and see|cautious|neutral|(?:rush|rushed|hurried|pushed|pressured|bounced|forced) into (?:a|any|the|making a) (?:[\\p{L}-]+ ){0,2}(?:decision|choice)|(?:follow|watch|monitor)(?:s|ed|ing)? (?:[\\p{L}\\p{N}-]+ ){0,8}(?:very )?closely|closely (?:follow|watch|monitor)(?:s|ed|ing)?|(?:not|yet to) (?:taken|take|adopted|adopt|reached|reach) (?:a|any) (?:formal |final |clear )?(?:position|stance|view)|(?:assessment|review|evaluation|analysis|examination) (?:[\\p{L}-]+ ){0,2}(?:is|was|remains|has) (?:not (?:yet )?(?:finished|complete|completed|concluded|over)|ongoing|still under way|unfinished)|(?:none|no decision) will be (?:taken|made) (?:until|before)|(?:not|yet to) (?:decided|decide) (?:on|about) (?:any|a) (?:specific |particular |single |individual )?(?:vendor|supplier|provider|company)|not rul(?:e|ed|ing) out|no plans? (?:either way)',
    polarity: 0,
    strength: 0.25,
    kind: 'claim',
    negatedPolarity: 0,
  },
  // Refusals that name no vendor: equal treatment, technology neutrality, no plan to single anyone out.
  {
    pattern:
      '(?:not|never|n[’\u0027]t) (?:to )?discriminat(?:e|es|ed|ing) against (?:any|individual|particular|specific|foreign|a)|technology[- ]neutral|vendor[- ]neutral|(?:technology|vendor)[- ]agnostic|on (?:the )?(?:basis|grounds) of (?:nationality|origin|country of origin)',
    polarity: -1,
    strength: 0.55,
    kind: 'claim',
    negatedPolarity: -1,
  },
  {
    pattern:
      '(?:(?:blanket|general|outright|total|such an?|this kind of|a) )?(?:bans?|banning|exclusions?|excluding|restrictions?|restricting|blacklisting)(?: [\\p{L}-]+){0,5}? (?:is|are|would be|will be) (?:the )?(?:wrong(?: (?:path|approach|way|step|move|answer))?|a mistake|discriminatory|unjustified|counterproductive|misguided|not (?:the )?(?:right|correct) (?:path|approach|way|answer))',
    polarity: -1,
    strength: 0.65,
    kind: 'claim',
  },
  {
    pattern: 'political(?:ly motivated)?,? (?:rather than|not|and not) (?:technical|technological|security[- ]based)',
    polarity: -1,
    strength: 0.6,
    kind: 'claim',
  },
  {
    pattern:
      '(?:continu(?:e|es|ed|ing)|keep(?:s|ing)?) (?:to )?(?:buy(?:ing)?|sourc(?:e|ing)|purchas(?:e|ing)|procur(?:e|ing)) (?:[\\p{L}-]+ ){0,4}(?:from|with) (?:[\\p{L}-]+ ){0,3}(?:vendors|suppliers|manufacturers|companies)(?=[^.;]{0,30}\\b(?:including|such as|among them|like|among)\\b)',
    polarity: -1,
    strength: 0.5,
    kind: 'act',
    needsTarget: true,
  },
  // Acts that name the target only by a class ("suppliers deemed high-risk").
  {
    pattern: 'classif(?:y|ies|ied|ying) (?:[\\p{L}\\p{N}-]+ ){0,6}as (?:an? )?(?:high[- ]risk|untrusted|(?:security )?(?:risk|threat))',
    polarity: 1,
    strength: 0.6,
    kind: 'act',
  },
];

/** Words before a cue that flip it: "will not ban", "refused to exclude", "stopped short of banning". */
export const NEGATORS = [
  'not',
  "\\p{L}*n[’']t",
  'cannot',
  'never',
  'no',
  'nor',
  'without',
  'refus(?:e|es|ed|ing) to',
  'declin(?:e|es|ed|ing) to',
  'stopped short of',
  'stop short of',
  'stops short of',
  'stopping short of',
  'against',
  'resist(?:s|ed|ing)? (?:\\w+ ){0,3}(?:pressure|calls|demands|push|efforts)(?: \\w+){0,3} to',
  'reject(?:s|ed|ing)? (?:\\w+ ){0,3}(?:calls|pressure|demands|proposals?)(?: \\w+){0,3} to',
  'oppos(?:e|es|ed|ing)',
  'criticis(?:e|es|ed|ing)',
  'criticiz(?:e|es|ed|ing)',
  'ruled out',
  'rules out',
  'rule out',
  'no plans? to',
  'no intention (?:of|to)',
  'no intention of following (?:[\\p{L}-]+ ){0,4}in',
  'unlikely to',
  'fail(?:s|ed)? to',
  'reluctan(?:t|ce) to',
  'hesitant to',
  'lift(?:s|ed|ing)?',
  'revers(?:e|es|ed|ing)',
  'overturn(?:s|ed)?',
  'scrap(?:s|ped)?',
  'eas(?:e|es|ed|ing)',
  'instead of',
  'rather than',
  'resistance to',
  'opposition to',
  'not to',
  'avoid(?:s|ed)?',
  'protest(?:s|ed|ing)?',
  'condemn(?:s|ed)?',
  'unfair',
  'discriminatory',
  'hit by',
  'hurt by',
  'victim of',
];

/** Words before a cue that leave the matter open: the holder is weighing it, not doing it. */
export const HEDGES = [
  'consider(?:s|ed|ing)?',
  'weigh(?:s|ed|ing)?',
  'mull(?:s|ed|ing)?',
  'debat(?:e|es|ed|ing)',
  'whether',
  'may',
  'might',
  'could',
  'possibl[ey]',
  'potential(?:ly)?',
  'explor(?:e|es|ed|ing)',
  'review(?:s|ed|ing)?',
  'stud(?:y|ies|ying)',
  'if',
  'unless',
  'would need',
  'decide',
  'deciding',
  'undecided',
  'pondering',
];

/** Pressure on others to restrict: the agent of the pressure backs restriction whatever the others do. */
export const PRESSURE =
  'recommend(?:s|ed|ing|ations?)?|advis(?:e|es|ed|ing)|urg(?:e|es|ed|ing)|press(?:es|ed|ing|ure)|pressur(?:e|es|ed|ing)|lobb(?:y|ies|ied|ying)|push(?:es|ed|ing)?|persuad(?:e|es|ed|ing)|campaign(?:s|ed|ing)?|call(?:s|ed|ing)? on|asked|ask(?:s|ing)?|demand(?:s|ed|ing)?|encourag(?:e|es|ed|ing)|convinc(?:e|es|ed|ing)|warn(?:s|ed|ing)?|threaten(?:s|ed|ing)?';

/** Words that mark a restriction as partial (weaker score). */
export const PARTIAL =
  '\\bcore\\b|\\bcap(?:s|ped)?\\b|\\bpartial(?:ly)?\\b|\\bsensitive\\b|\\bsome parts\\b|\\bmarket share\\b|\\b\\d{1,2} ?(?:%|per ?cent)|\\blimit(?:s|ed)?\\b|\\bperipher';

/** Verbs of saying that attribute a sentence to a speaker. */
export const SPEECH_VERBS =
  'said|says|say|saying|told|alleged|alleges|accused|accuses|tells|added|adds|warned|warns|stated|states|noted|notes|argued|argues|insisted|insists|explained|wrote|writes|tweeted|declared|announced|announces|commented|claimed|claims|stressed|stresses|urged|urges|asserted|acknowledged|conceded|confirmed|confirms|responded|replied|remarked|maintained|maintains|suggested|suggests|emphasi[sz]ed|pointed out|reiterated|cautioned|complained|countered|predicted|revealed|disclosed|believes|thinks|vowed|pledged|promised|agreed';

/** Role nouns that make a preceding country or organisation a speaking actor ("the German government"). */
export const GOVERNMENT_HEADS =
  "government|governments|gov[’'.]?t|govt|administration|authorities|authority|officials?|ministry|ministries|minister|ministers|cabinet|parliament|parliamentarians|lawmakers?|legislators?|legislation|law|MPs|senators?|congress|regulators?|watchdogs?|agency|agencies|intelligence|security services?|spy agenc(?:y|ies)|embassy|ambassador|envoy|diplomats?|spokes(?:man|woman|person)|president|premier|prime minister|chancellor|leaders?|state|military|army|navy|defen[cs]e|police|courts?|judges?|committee|council|commission|decree|regulation|operators?|carriers?|telcos?|companies|firms?|providers?|industry|think tank|experts?|analysts?|lawmaker|politicians|opposition|party|coalition|ruling";
