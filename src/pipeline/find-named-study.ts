import type { Study } from '../schemas/source.ts';
import type { Species } from '../schemas/vocabulary.ts';
import { escapeRegExp } from './lexicon.ts';
import type { Unit } from './split-sentences.ts';

// "Autry et al. 2011", "Rawat, Kessler et al. 2025", "Havel & Ishikawa 2023": the first author's
// surname, as a reader would name the paper ("Autry and colleagues", "by Autry").
const FIRST_AUTHOR = /^(\p{Lu}[\p{L}'’-]+)(?:,|\s+(?:et al\b|&|and\b))/u;
const YEAR = /\b(?:19|20)\d{2}\b/u;
// "Popova et al. 2019 (TRANSFORM-2)": a trial's own name.
const TRIAL_NAME = /\((\p{Lu}[\p{Lu}\d-]{2,})\)/u;
// A year names a study only where the unit speaks of research ("published in 2011", "a 2006
// trial", "now reports"), not in a date ("approved in March 2019").
// "Other studies, in rats, ...", "An earlier trial ...": a paragraph turning to other evidence.
const OTHER_STUDY = /\b(?:other|another|separate|earlier|previous|older)\s+(?:stud(?:y|ies)|trials?|research|work|papers?|experiments?)\b/iu;
const RESEARCH_WORD = /\b(?:stud(?:y|ies)|trials?|papers?|research|reports?|reported|published|experiments?)\b/iu;

function mentions(text: string, word: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/**
 * The study of the source's metadata that a unit names by its first author ("Yang and
 * colleagues"), its trial name ("SUSTAIN-1") or, in a unit about research, its year ("Research
 * published in 2011"): its id when exactly one study is named, else null.
 */
export function findNamedStudy(text: string, studies: readonly Pick<Study, 'id' | 'label'>[]): string | null {
  const named = studies.filter((study) => {
    const author = FIRST_AUTHOR.exec(study.label)?.[1];
    const trial = TRIAL_NAME.exec(study.label)?.[1];
    const year = YEAR.exec(study.label)?.[0];
    if ((author !== undefined && mentions(text, author)) || (trial !== undefined && mentions(text, trial))) return true;
    if (year === undefined || !RESEARCH_WORD.test(text) || !mentions(text, year)) return false;
    return studies.filter((other) => YEAR.exec(other.label)?.[0] === year).length === 1;
  });
  return named.length === 1 ? named[0]!.id : null;
}

/**
 * The one study of the source's metadata done in a population, if the source lists exactly one
 * ("Other studies, in rats, ..." on a page whose only rat study is Li et al. 2010), else null.
 */
export function findStudyOfPopulation(population: Species, studies: readonly Pick<Study, 'id' | 'population'>[]): string | null {
  const candidates = studies.filter((study) => study.population === population);
  return candidates.length === 1 ? candidates[0]!.id : null;
}

/**
 * For each unit, the study of the source's metadata it names or its paragraph has named before
 * it: a paragraph that introduces a study by name goes on about it until it names another or
 * turns to "other studies".
 */
export function carryNamedStudies(units: readonly Pick<Unit, 'text' | 'block'>[], studies: readonly Pick<Study, 'id' | 'label'>[]): (string | null)[] {
  const named: (string | null)[] = [];
  units.forEach((unit, index) => {
    const previous = units[index - 1];
    const carried = previous !== undefined && previous.block === unit.block && !OTHER_STUDY.test(unit.text) ? named[index - 1]! : null;
    named.push(findNamedStudy(unit.text, studies) ?? carried);
  });
  return named;
}
