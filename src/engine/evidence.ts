// What the research says, for the result screen: plain sentences, each with its source and link.
// Checked against ../shared/domain/clinical-notes.md; review again by EVIDENCE_LAST_REVIEWED + 1 year.

/** One source, in plain words, with how strong its evidence is. */
export interface EvidenceSource {
  id: 'guide' | 'cherkin-2011' | 'cochrane-2015' | 'acp-2017' | 'nhs-back-pain'
  /** The source as a reader would look it up ("Cochrane review, 2015"). */
  source: string
  /** What it found or says, in plain words. */
  finding: string
  /** How much weight it can bear, in plain words. */
  strength: string
  /** Where to read it; the guide is an article without a stable address, so it has none. */
  url: string | null
}

/** What the ranking is and is not, said before the sources (plain words, about school grade 6). */
export const EVIDENCE_SUMMARY: readonly string[] = [
  'The one large trial that compared two kinds of massage for back pain (relaxing and more focused) found them about equal. No type has been shown to work better than another.',
  'So the order here follows your answers and what our guide says each type is for. It is a way to choose, not proof that one type will work better for you.',
  'Massage may ease back pain for a short time. The evidence for it is weak, and weakest of all for reflexology.',
]

/** The sources behind the result, strongest evidence first, then the guide and the NHS pages. */
export const EVIDENCE: readonly EvidenceSource[] = [
  {
    id: 'cochrane-2015',
    source: 'Cochrane review (Furlan and others), 2015',
    finding:
      'Looked at 25 trials with 3,096 people. Massage eased pain for a short time more than no treatment, but not for long. Harms were minor.',
    strength:
      'The reviewers rated the evidence low to very low quality, and had very little confidence in it.',
    url: 'https://doi.org/10.1002/14651858.CD001929.pub3',
  },
  {
    id: 'cherkin-2011',
    source: 'Cherkin and others, Annals of Internal Medicine, 2011',
    finding:
      '401 adults with back pain of more than 3 months had 10 weekly sessions of relaxation (Swedish-style) massage or of a more focused massage. Both helped more than usual care, and about equally. After a year, the gain was small.',
    strength: 'One well-run trial: it found no real difference between the two types.',
    url: 'https://doi.org/10.7326/0003-4819-155-1-201107050-00002',
  },
  {
    id: 'acp-2017',
    source: 'American College of Physicians guideline, 2017',
    finding:
      'For back pain of less than 12 weeks, lists massage among the treatments to try, with heat, acupuncture and spinal manipulation. For pain of more than 12 weeks, it suggests exercise and other options first and does not list massage.',
    strength: 'It rated the evidence for massage as low quality.',
    url: 'https://doi.org/10.7326/M16-2367',
  },
  {
    id: 'nhs-back-pain',
    source: 'NHS: Back pain',
    finding:
      'Most back pain gets better on its own. Keep moving, and get medical help for the warning signs the safety check asks about: some need help at once.',
    strength: 'Advice from the UK health service, based on clinical guidelines.',
    url: 'https://www.nhs.uk/conditions/back-pain/',
  },
  {
    id: 'guide',
    source: 'The guide: How Massage Therapy Helps with Lower Back Pain',
    finding:
      'Where the five types and what each is "best for" come from. Some of its claims go further than the research above.',
    strength: 'A general article, not a study.',
    url: null,
  },
]

/** When EVIDENCE and EVIDENCE_SUMMARY were last checked against their sources (ISO date). */
export const EVIDENCE_LAST_REVIEWED = '2026-12-01'
