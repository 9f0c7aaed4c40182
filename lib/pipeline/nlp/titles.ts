// Titles of people in news text: what a name's context says about a person's role (and, for a few, their country).
/** Person titles: what a name's context says about a person's role. */
export const PERSON_TITLES =
  'prime minister|deputy prime minister|foreign minister|minister|secretary|president|vice president|chancellor|premier|senator|sen\\.|rep\\.|congressman|congresswoman|representative|lawmaker|legislator|MP|MEP|ambassador|envoy|spokes(?:man|woman|person)|official|director|chief|head|chairman|chairwoman|chair|ceo|cto|cfo|executive|founder|commissioner|governor|mayor|adviser|advisor|analyst|professor|researcher|fellow|expert|general|admiral|lieutenant|colonel|diplomat|consul|king|queen|emir|sheikh|attorney general|regulator|chief executive|managing director|vice chairman|vice-president|deputy|undersecretary|under secretary|assistant secretary|counsellor|counselor';

/** US-only titles: a name after them is a US official even when no country is named. */
export const US_TITLES = 'senator|sen\\.|rep\\.|congressman|congresswoman|secretary of state|attorney general';
