//! Word lists, each in one place: the text files beside this module are
//! compiled into the binary and parsed once, on first use.
//!
//! | file | what |
//! |---|---|
//! | `reporting_verbs.txt` | reporting verbs with their inflections |
//! | `titles.txt` | words of titles before a name |
//! | `abbreviations.txt` | abbreviations a full stop does not end a sentence after |
//! | `pronouns.txt` | subject pronouns and their gender |
//! | `organisations.txt` | words that make a capitalised name an organisation |
//! | `groups.txt` | common nouns that head a descriptive speaker |
//! | `first_names.txt` | given names and their usual gender |
//! | `not_names.txt` | capitalised words that are never part of a name |
//! | `cue_fillers.txt` | words allowed between a speaker and its verb |
//! | `naming_words.txt` | words that present a quotation as a label or words |
//! | `clause_openers.txt` | words that open an introductory phrase |
//! | `work_words.txt` | words before the title of a work |
//! | `abbreviations_prepositive.txt` | abbreviations before a name that never end a sentence |
//! | `abbreviations_numeric.txt` | abbreviations that stand before a number |
//! | `sentence_starters.txt` | words that start a sentence after an ambiguous full stop |
//! | `strong_sentence_starters.txt` | words that start a sentence even without a full stop |
//! | `caption_labels.txt` | labels of picture credits ("Image:") |
//! | `weekdays.txt` | names of the days of the week (datelines) |
//! | `prepositions.txt` | prepositions that open an introductory phrase |
//! | `honorifics.txt` | abbreviated forms of address before a name ("Mr.") |

use std::collections::{HashMap as StdHashMap, HashSet as StdHashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

/// A fast hash for the word lists (FxHash): their keys are fixed, so the
/// DoS resistance of the default SipHash buys nothing and costs a sixth
/// of the pipeline's time.
#[derive(Default, Clone, Copy)]
struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type HashMap<K, V> = StdHashMap<K, V, BuildHasherDefault<FxHasher>>;
type HashSet<K> = StdHashSet<K, BuildHasherDefault<FxHasher>>;

/// Grammatical gender of a speaker, as pronouns and titles reveal it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    /// Referred to as "he".
    Male,
    /// Referred to as "she".
    Female,
    /// Referred to as "it" (an organisation, a document).
    Neuter,
    /// Referred to as "they" or "we" (a group).
    Plural,
    /// Not known.
    Unknown,
}

fn words(src: &'static str) -> impl Iterator<Item = &'static str> {
    src.lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .flat_map(str::split_whitespace)
}

fn set(src: &'static str) -> HashSet<&'static [u8]> {
    words(src).map(str::as_bytes).collect()
}

static VERBS: LazyLock<HashMap<Vec<u8>, &'static str>> = LazyLock::new(|| {
    let mut map = HashMap::default();
    for line in include_str!("reporting_verbs.txt").lines() {
        if line.trim_start().starts_with('#') {
            continue;
        }
        let forms: Vec<&'static str> = line.split_whitespace().collect();
        let Some(&lemma) = forms.first() else {
            continue;
        };
        if forms.len() > 1 {
            for f in &forms {
                map.insert(f.as_bytes().to_vec(), lemma);
            }
        } else {
            for f in inflect(lemma) {
                map.insert(f.into_bytes(), lemma);
            }
        }
    }
    map
});

/// The regular forms of a verb: lemma, -s, -ed, -ing.
fn inflect(lemma: &str) -> [String; 4] {
    let consonant_y =
        lemma.ends_with('y') && !lemma[..lemma.len() - 1].ends_with(['a', 'e', 'i', 'o', 'u']);
    let stem = &lemma[..lemma.len().saturating_sub(1)];
    let third = if lemma.ends_with(['s', 'x', 'z', 'o'])
        || lemma.ends_with("sh")
        || lemma.ends_with("ch")
    {
        format!("{lemma}es")
    } else if consonant_y {
        format!("{stem}ies")
    } else {
        format!("{lemma}s")
    };
    let past = if lemma.ends_with('e') {
        format!("{lemma}d")
    } else if consonant_y {
        format!("{stem}ied")
    } else {
        format!("{lemma}ed")
    };
    let ing = if lemma.ends_with('e') && !lemma.ends_with("ee") && lemma.len() > 2 {
        format!("{stem}ing")
    } else {
        format!("{lemma}ing")
    };
    [lemma.to_string(), third, past, ing]
}

static TITLES: LazyLock<HashSet<&'static [u8]>> = LazyLock::new(|| set(include_str!("titles.txt")));
static ABBREVIATIONS: LazyLock<HashSet<&'static [u8]>> =
    LazyLock::new(|| set(include_str!("abbreviations.txt")));
static ORGANISATIONS: LazyLock<HashSet<&'static [u8]>> =
    LazyLock::new(|| set(include_str!("organisations.txt")));
static GROUPS: LazyLock<HashSet<&'static [u8]>> = LazyLock::new(|| set(include_str!("groups.txt")));
static NOT_NAMES: LazyLock<HashSet<&'static [u8]>> =
    LazyLock::new(|| set(include_str!("not_names.txt")));
static CUE_FILLERS: LazyLock<HashSet<&'static [u8]>> =
    LazyLock::new(|| set(include_str!("cue_fillers.txt")));
static NAMING_WORDS: LazyLock<HashSet<&'static [u8]>> =
    LazyLock::new(|| set(include_str!("naming_words.txt")));
static CLAUSE_OPENERS: LazyLock<HashSet<&'static [u8]>> =
    LazyLock::new(|| set(include_str!("clause_openers.txt")));
static WORK_WORDS: LazyLock<HashSet<&'static [u8]>> =
    LazyLock::new(|| set(include_str!("work_words.txt")));
static PRONOUNS: LazyLock<HashMap<&'static [u8], Gender>> = LazyLock::new(|| {
    include_str!("pronouns.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let mut it = l.split_whitespace();
            Some((it.next()?.as_bytes(), gender_code(it.next()?)))
        })
        .collect()
});
static FIRST_NAMES: LazyLock<HashMap<&'static [u8], Gender>> = LazyLock::new(|| {
    let mut map = HashMap::default();
    for line in include_str!("first_names.txt").lines() {
        let mut it = line.split_whitespace();
        let Some(code) = it.next().filter(|c| *c == "m" || *c == "f") else {
            continue;
        };
        for name in it {
            map.insert(name.as_bytes(), gender_code(code));
        }
    }
    map
});

fn gender_code(code: &str) -> Gender {
    match code {
        "m" => Gender::Male,
        "f" => Gender::Female,
        "n" => Gender::Neuter,
        "p" => Gender::Plural,
        _ => Gender::Unknown,
    }
}

/// Calls `f` with the bytes of `word` lower-cased, without allocating for
/// short ASCII words.
fn with_lower<R>(word: &str, f: impl FnOnce(&[u8]) -> R) -> R {
    let mut buf = [0u8; 48];
    if word.len() <= buf.len() && word.is_ascii() {
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        f(lower)
    } else {
        f(normalise_apostrophes(&word.to_lowercase()).as_bytes())
    }
}

fn normalise_apostrophes(word: &str) -> String {
    word.replace('’', "'")
}

/// The lemma of a reporting verb form (any case), e.g. `"Said"` → `"say"`.
pub(crate) fn verb_lemma(word: &str) -> Option<&'static str> {
    with_lower(word, |w| VERBS.get(w).copied())
}

/// Whether `word` (any case) is the past tense of an irregular reporting
/// verb that looks like its base form ("put", "read").
pub(crate) fn is_past_like_base(word: &str) -> bool {
    static PAST_LIKE_BASE: LazyLock<HashSet<&'static [u8]>> = LazyLock::new(|| {
        include_str!("reporting_verbs.txt")
            .lines()
            .filter(|l| !l.trim_start().starts_with('#'))
            .filter_map(|l| {
                let forms: Vec<&str> = l.split_whitespace().collect();
                (forms.len() > 2 && forms[2] == forms[0]).then_some(forms[0].as_bytes())
            })
            .collect()
    });
    with_lower(word, |w| PAST_LIKE_BASE.contains(w))
}

/// Whether `word` (any case) is a reporting verb in an inflected form
/// ("Says", "Warned"), which is never part of a name.
pub(crate) fn is_inflected_verb(word: &str) -> bool {
    with_lower(word, |w| {
        VERBS.get(w).is_some_and(|lemma| lemma.as_bytes() != w)
    })
}

/// Whether `word` (any case) can be part of a title before a name.
pub(crate) fn is_title_word(word: &str) -> bool {
    with_lower(word, |w| TITLES.contains(w))
}

/// Whether `word` (any case, without its final full stop) is an
/// abbreviation after which a full stop does not end a sentence.
pub(crate) fn is_abbreviation(word: &str) -> bool {
    with_lower(word, |w| ABBREVIATIONS.contains(w))
}

/// Whether `word` (any case) marks an organisation name.
pub(crate) fn is_organisation_word(word: &str) -> bool {
    with_lower(word, |w| ORGANISATIONS.contains(w))
}

/// Whether `word` (any case) can head a descriptive speaker.
pub(crate) fn is_group_noun(word: &str) -> bool {
    with_lower(word, |w| GROUPS.contains(w))
}

/// The gender of a subject pronoun (any case), or `None` if `word` is not one.
pub(crate) fn pronoun_gender(word: &str) -> Option<Gender> {
    with_lower(word, |w| PRONOUNS.get(w).copied())
}

/// The usual gender of a given name (any case), if the list knows it.
pub(crate) fn first_name_gender(word: &str) -> Option<Gender> {
    with_lower(word, |w| FIRST_NAMES.get(w).copied())
}

/// Whether `word` (any case) is a capitalised word that is never a name.
pub(crate) fn is_not_name(word: &str) -> bool {
    with_lower(word, |w| NOT_NAMES.contains(w))
}

/// Whether `word` (any case) may stand between a speaker and its verb.
pub(crate) fn is_cue_filler(word: &str) -> bool {
    with_lower(word, |w| CUE_FILLERS.contains(w))
}

/// Whether `word` (any case), right before a quotation, presents it as
/// words or a label ("called", "known as", "chants of").
pub(crate) fn is_naming_word(word: &str) -> bool {
    with_lower(word, |w| NAMING_WORDS.contains(w))
}

/// Whether `word` (any case) opens an introductory phrase before a
/// clause's subject ("In a statement, …", "Asked about it, …").
pub(crate) fn is_clause_opener(word: &str) -> bool {
    with_lower(word, |w| CLAUSE_OPENERS.contains(w))
}

/// Whether `word` (any case) introduces the title of a work ("the show
/// “Veep”", "titled “Taken”").
pub(crate) fn is_work_word(word: &str) -> bool {
    with_lower(word, |w| WORK_WORDS.contains(w))
}

/// Whether `c` is a quotation mark of any script whosaid knows.
pub(crate) fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '“'
            | '”'
            | '‘'
            | '’'
            | '«'
            | '»'
            | '‹'
            | '›'
            | '„'
            | '‚'
            | '「'
            | '」'
            | '『'
            | '』'
            | '‟'
            | '‛'
    )
}

/// The word lists the sentence segmenter reads into a lookup table of its
/// own, which answers for all of them with one probe per word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SegmenterList {
    /// `abbreviations.txt`
    Abbreviation,
    /// `abbreviations_prepositive.txt`
    Prepositive,
    /// `abbreviations_numeric.txt`
    Numeric,
    /// `sentence_starters.txt`
    Starter,
    /// `strong_sentence_starters.txt`
    StrongStarter,
    /// `caption_labels.txt`
    CaptionLabel,
    /// `weekdays.txt`
    Weekday,
    /// `prepositions.txt`
    Preposition,
    /// `honorifics.txt`
    Honorific,
}

/// The words (lower case) of one of the segmenter's lists.
pub(crate) fn segmenter_words(list: SegmenterList) -> impl Iterator<Item = &'static str> {
    words(match list {
        SegmenterList::Abbreviation => include_str!("abbreviations.txt"),
        SegmenterList::Prepositive => include_str!("abbreviations_prepositive.txt"),
        SegmenterList::Numeric => include_str!("abbreviations_numeric.txt"),
        SegmenterList::Starter => include_str!("sentence_starters.txt"),
        SegmenterList::StrongStarter => include_str!("strong_sentence_starters.txt"),
        SegmenterList::CaptionLabel => include_str!("caption_labels.txt"),
        SegmenterList::Weekday => include_str!("weekdays.txt"),
        SegmenterList::Preposition => include_str!("prepositions.txt"),
        SegmenterList::Honorific => include_str!("honorifics.txt"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regular_verbs_get_their_inflections() {
        assert_eq!(verb_lemma("tweeted"), Some("tweet"));
        assert_eq!(verb_lemma("argues"), Some("argue"));
        assert_eq!(verb_lemma("arguing"), Some("argue"));
        assert_eq!(verb_lemma("worried"), Some("worry"));
    }

    #[test]
    fn irregular_verbs_are_listed_with_their_forms() {
        assert_eq!(verb_lemma("Said"), Some("say"));
        assert_eq!(verb_lemma("told"), Some("tell"));
        assert_eq!(verb_lemma("admitted"), Some("admit"));
    }

    #[test]
    fn the_verb_table_has_well_over_a_hundred_lemmas() {
        let lemmas: HashSet<_> = VERBS.values().collect();
        assert!(lemmas.len() > 150, "{}", lemmas.len());
    }
}
