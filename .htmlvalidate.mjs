// html-validate's rules for the built pages (tests/browser/built-pages.spec.ts runs it over
// every page of the browser tests' build). A JavaScript file rather than .htmlvalidate.json
// so that every rule changed from the presets says why, here, beside it.
export default {
  root: true,
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: {
    // Claim and exclusion ids are the data's ids ("5-years-later-…", "4f-…") and the URL
    // fragments readers share; HTML allows an id to start with a digit, only CSS selectors
    // need escaping. Relaxed mode still rejects empty ids and ids with spaces.
    'valid-id': ['error', { relaxed: true }],
    // The search results are the listbox of an ARIA combobox (WAI-ARIA APG pattern): each
    // option holds a quote with marks and badges, which a native <select> cannot show.
    'prefer-native-element': ['error', { exclude: ['listbox'] }],
    // Subresource integrity guards files from another origin; every script and stylesheet
    // here is our own, hashed by name and allowed by the CSP's 'self'.
    'require-sri': ['error', { target: 'crossorigin' }],
    // html-validate measures a title in source characters, so "it&#39;s" counts eight where a
    // reader sees four. pageTitle() (src/components/page-title.ts) keeps every title within 70
    // characters, and built-pages.spec.ts checks the decoded title of every page instead.
    'long-title': 'off',
    // WAI-ARIA lets an author name a list; the findings pages name each list of flags ("Where
    // the tellings differ") so that a screen reader can jump to it. html-validate's standard
    // preset allows this too; the recommended one only warns that it is seldom needed.
    'aria-label-misuse': ['error', { allowAnyNamable: true }],
  },
};
