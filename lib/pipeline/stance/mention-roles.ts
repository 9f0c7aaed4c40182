// Mentions of a sentence → the same mentions with companies given their role: the target's local units, suppliers, local operators.
import { COORDINATOR_RE } from './clauses';
import type { CorefState } from './coreference';
import type { TopicMatchers } from './topic-matchers';
import type { Mention } from './types';
import type { ActorRef } from '../../domain/stance';

/** "Huawei Austria", "ZTE Kenya": the target's local unit is the target itself, not the country. */
export function mergeTargetUnits(mentions: readonly Mention[], text: string): Mention[] {
  const merged = [...mentions];
  for (let index = merged.length - 1; index > 0; index -= 1) {
    const unit = merged[index]!;
    const owner = merged[index - 1]!;
    const adjacent = unit.start - owner.end === 1 && text[owner.end] === ' ';
    if (!owner.isTarget || owner.actor.type !== 'company' || unit.actor.type !== 'country' || !adjacent) continue;
    merged.splice(index, 1);
    merged[index - 1] = { ...owner, end: unit.end };
  }
  return merged;
}

/** Drops companies named as suppliers ("equipment from Huawei, Ericsson and Nokia"); the target stays, as the object. */
export function dropSuppliers(mentions: readonly Mention[], text: string, matchers: TopicMatchers): Mention[] {
  const kept: Mention[] = [];
  let previousSupplier: Mention | null = null;
  for (const mention of mentions) {
    if (mention.actor.type !== 'company') {
      previousSupplier = null;
      kept.push(mention);
      continue;
    }
    const supplier: boolean =
      matchers.supplierBefore.test(text.slice(Math.max(0, mention.start - 60), mention.start)) ||
      (previousSupplier !== null && COORDINATOR_RE.test(text.slice(previousSupplier.end, mention.start)));
    previousSupplier = supplier ? mention : null;
    if (!supplier || mention.isTarget) kept.push(mention);
  }
  return kept;
}

/**
 * Companies named as a local unit act for that country: "Orange Belgium", "the country's operators, Altice and Vodafone",
 * "Portugal's carriers NOS and Vodafone". The target's own units keep the target's country.
 */
export function localizeCompanies(mentions: readonly Mention[], text: string, coref: CorefState, matchers: TopicMatchers): Mention[] {
  const localized = [...mentions];
  for (const [index, mention] of localized.entries()) {
    if (mention.actor.type !== 'company' || mention.isTarget) continue;
    if (mention.actor.country && matchers.targetCountries.has(mention.actor.country)) continue;
    const next = localized[index + 1];
    let country: ActorRef | null = null;
    if (next && next.actor.type === 'country' && next.start - mention.end === 1 && text[mention.end] === ' ') country = next.actor;
    else {
      let first = mention;
      for (let back = index - 1; back >= 0; back -= 1) {
        const other = localized[back]!;
        if (other.actor.type !== 'company' || !COORDINATOR_RE.test(text.slice(other.end, first.start))) break;
        first = other;
      }
      const lead = matchers.localOperatorsBefore.exec(text.slice(Math.max(0, first.start - 140), first.start));
      if (lead) {
        const named = localized.find(
          (other) => other.actor.type === 'country' && other.start >= first.start - lead[0].length && other.end <= first.start,
        );
        country = named?.actor ?? (/country|nation/i.test(lead[0]) ? coref.country : null);
      }
    }
    if (!country?.country || country.country === mention.actor.country) continue;
    const actor: ActorRef = {
      ...mention.actor,
      key: `${mention.actor.key}-${country.country.toLowerCase()}`,
      name: `${mention.actor.name} ${country.name}`,
      country: country.country,
      aliases: [],
    };
    localized[index] = { ...mention, actor };
  }
  return localized;
}
