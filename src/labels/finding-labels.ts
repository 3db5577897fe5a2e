import type { FlagKind } from '../schemas/finding.ts';
import type { Label } from './vocabulary-labels.ts';

/** The words readers see for each kind of difference between tellings of one finding. */
export const flagKindLabels: Record<FlagKind, Label> = {
  'timescale-disagreement': { label: 'Timing differs', description: 'Tellings about the same population (mice with mice, people with people) put the finding at different times after the dose.' },
  'hedge-drift': { label: 'Certainty drifts', description: 'One telling of a study states as fact what another telling of it hedges, or the reverse; general statements are compared with each other, not with the study.' },
  'species-omitted': { label: 'Species left out', description: 'One telling names who was studied; another leaves it out.' },
  'number-changed': { label: 'Number changes', description: 'A number differs between tellings about the same population.' },
};
