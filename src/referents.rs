//! Descriptions that stand for a person named earlier: "the minister"
//! after "Finance Minister Kofi Ansah-Mensah", "the spokesperson" after
//! "Ayesha Farooqui, the Foreign Office spokesperson,", "the 51-year-old"
//! after "Stefan Kovac, 51,". The stage after attribution: the quote keeps
//! the description as its speaker (as it is written) and learns the
//! person it stands for from the words the text gave that person.

use crate::lexicon::{self, Gender, ShortList};
use crate::span::Span;
use crate::speakers::{last_word, NameRegister, SubjectMention};
use crate::tokens::Token;

/// How many paragraphs back a description looks for its person.
const PARAGRAPHS_BACK: u32 = 6;

/// How many person mentions back, nearest first, it looks at.
const MENTIONS_BACK: usize = 16;

/// The head word of a definite singular description that can stand for
/// a named person ("minister" of "the finance minister", "Taoiseach" of
/// "the Taoiseach", "51-year-old"), with the token index of its first
/// word, when `mention` is one.
fn description_head<'t>(
    text: &'t str,
    tokens: &[Token],
    mention: Span,
) -> Option<(usize, &'t str)> {
    let (first, last) = token_range(tokens, mention)?;
    // "the Taoiseach" read as a name: the article before it.
    let opener = |t: &Token| {
        let w = t.span().as_str(text);
        is_the(w) || POSSESSIVES.contains_ignore_ascii_case(w)
    };
    let the_at = if tokens.get(first).is_some_and(opener) {
        first
    } else {
        let before = first.checked_sub(1)?;
        if !opener(&tokens[before]) || tokens[before].para != tokens[first].para {
            return None;
        }
        before
    };
    let possessive = !is_the(tokens[the_at].span().as_str(text));
    // ("the mother of three": the parent before "of" and a number.)
    let word_at = |k: usize| tokens[k].span().as_str(text);
    // ("the chief executive of Arakawa Motors", "the mayor of Chicago":
    // the noun before "of" and a name.)
    // ("the 36-year-old factory supervisor from Kampung Parit Hilir": or
    // before "from", "in" or "at" and a place.)
    let named_of = (the_at + 2..last.min(the_at + 6)).find(|&k| {
        matches!(word_at(k), "of" | "from" | "in" | "at")
            && tokens[k + 1].is_capitalised()
            && tokens[k - 1].is_lower()
    });
    if last <= the_at || named_of.map_or(last, |k| k - 1) - the_at > 5 {
        return None;
    }
    let last = if last >= the_at + 3
        && crate::speakers::is_number(word_at(last))
        && word_at(last - 1) == "of"
        && lexicon::kin(word_at(last - 2)) == Some(lexicon::Kin::Parent)
    {
        last - 2
    } else if let Some(of) = named_of {
        of - 1
    } else {
        last
    };
    let head = tokens.get(last)?;
    let w = head.span().as_str(text);
    // A noun for a person ("minister", "Taoiseach", "51-year-old"), not a
    // plural group ("the protesters") or a document ("the statement").
    // After "her", only a relative ("her husband"): "her spokesman" is
    // someone else's.
    let kin = lexicon::noun_gender(w).is_some();
    // ("the 47-year-old former centre": after an age, a lower-case head is
    // a person's whatever else it may name.)
    let aged = !possessive
        && last > the_at + 1
        && head.is_lower()
        && is_age_or_height(word_at(the_at + 1));
    // After "the", any noun for a person, whether listed or not: the
    // person's own words must give it ("the administrator" after "the
    // administrator, Helen Vasquez-Ward").
    let person = if possessive {
        kin
    } else {
        kin || head.has(lexicon::TITLE | lexicon::GROUP | lexicon::PARTY)
            || is_age_or_height(w)
            || (head.is_lower() && crate::speakers::has_person_ending(w))
            // ("the forward": a player's position.)
            || (head.is_lower() && PLAYING_POSITIONS.contains(w))
            || is_ranking(text, tokens, last)
    };
    // (Nor a body: "the district", "the committee".)
    if !head.is_word()
        || !(person || aged)
        || (!aged
            && (head.has(lexicon::STATEMENT_NOUN | lexicon::ORGANISATION)
                || crate::speakers::COLLECTIVES.contains_ignore_ascii_case(w)
                || crate::cues::is_plural_form(w)
                || (is_body_noun(w) && !crate::speakers::has_person_ending(w))
                || is_document_noun(w)))
    {
        return None;
    }
    Some((the_at, w))
}

/// The words of a description between "the" and its head ("vice" of
/// "the vice president"): the person's own words must give them too.
fn modifiers<'t>(
    text: &'t str,
    tokens: &'t [Token],
    the_at: usize,
    mention: Span,
) -> impl Iterator<Item = &'t str> + 't {
    tokens[the_at + 1..]
        .iter()
        .take_while(move |t| t.span().end < mention.end)
        .filter(|t| t.is_word())
        .map(move |t| t.span().as_str(text))
}

/// Possessive determiners before a relative ("her husband").
const POSSESSIVES: ShortList = ShortList::new(&["his", "her", "their"]);

fn is_the(w: &str) -> bool {
    w.eq_ignore_ascii_case("the")
}

/// Titles (abbreviated or not) and the nouns a later description uses for
/// them ("Gov. Nathan Brill" … "the governor", "captain" … "the skipper").
const TITLE_NOUNS: &[(&str, &[&str])] = &[
    ("gov", &["governor"]),
    ("sen", &["senator", "lawmaker", "legislator"]),
    (
        "rep",
        &[
            "representative",
            "congressman",
            "congresswoman",
            "lawmaker",
            "legislator",
        ],
    ),
    ("lt", &["lieutenant"]),
    ("gen", &["general"]),
    ("sgt", &["sergeant"]),
    ("det", &["detective"]),
    ("supt", &["superintendent"]),
    ("insp", &["inspector"]),
    ("prof", &["professor"]),
    ("dr", &["doctor"]),
    ("capt", &["captain"]),
    ("col", &["colonel"]),
    ("maj", &["major"]),
    ("adm", &["admiral"]),
    ("atty", &["attorney", "lawyer"]),
    ("amb", &["ambassador"]),
    ("cllr", &["councillor", "councilor"]),
    ("cr", &["councillor", "councilor"]),
    ("rev", &["reverend", "pastor", "minister"]),
    ("senator", &["lawmaker", "legislator"]),
    // Synonyms a later description uses for a written-out title.
    ("captain", &["skipper"]),
    ("manager", &["boss"]),
    ("coach", &["boss"]),
    ("chief", &["boss", "head"]),
    ("executive", &["boss", "head"]),
    ("ceo", &["boss", "executive", "chief"]),
    ("president", &["leader"]),
    ("prime", &["leader"]),
    ("premier", &["leader"]),
    ("justice", &["judge"]),
    ("magistrate", &["judge"]),
    ("spokesman", &["spokesperson"]),
    ("spokeswoman", &["spokesperson"]),
    ("congressman", &["lawmaker", "legislator"]),
    ("congresswoman", &["lawmaker", "legislator"]),
    // ("The Transport Secretary, Oliver Scantlebury, …. the minister
    // added": a secretary of state is a minister.)
    ("secretary", &["minister"]),
    ("chancellor", &["minister"]),
    ("mp", &["lawmaker", "legislator"]),
    // ("presidential hopeful Dr Siobhán Ní Bhriain-Okafor …. the candidate
    // replied")
    ("hopeful", &["candidate"]),
    ("nominee", &["candidate"]),
    ("contender", &["candidate"]),
];

/// What a description says of its person: its head noun ("minister"),
/// the words before it ("finance"), and the abbreviated titles that give
/// the head ("Gov." for "governor"), found once per description.
struct Wanted<'t> {
    head: &'t str,
    mods: Vec<&'t str>,
    abbreviations: Vec<&'static str>,
    /// Whether any title stands for the head ("the OPEC chief" for "OPEC
    /// Secretary-General …"): the modifiers alone must be given.
    any_title: bool,
}

impl<'t> Wanted<'t> {
    fn new(head: &'t str, mods: Vec<&'t str>) -> Wanted<'t> {
        let abbreviations = TITLE_NOUNS
            .iter()
            .filter(|(_, nouns)| nouns.iter().any(|n| n.eq_ignore_ascii_case(head)))
            .map(|&(abbr, _)| abbr)
            .collect();
        Wanted {
            head,
            mods,
            abbreviations,
            any_title: false,
        }
    }

    /// Whether word `w` gives the head: the same word, the noun of an
    /// abbreviated title ("Gov." for "governor"), or the age of "the
    /// 51-year-old".
    fn head_given_by(&self, w: &str) -> bool {
        let bare = w.trim_end_matches('.');
        // ("Secretary-General": a hyphenated title by its last part.)
        if self.any_title {
            let last = bare.rsplit('-').next().unwrap_or(bare);
            if lexicon::entry(last).is_some_and(|e| e.has(lexicon::TITLE)) {
                return true;
            }
        }
        // ("Rep" of a headline's "Dem Rep" is given by "Rep.".)
        w.eq_ignore_ascii_case(self.head)
            || (bare.len() < w.len() && bare.eq_ignore_ascii_case(self.head))
            || self
                .abbreviations
                .iter()
                .any(|a| bare.eq_ignore_ascii_case(a))
            || (w.bytes().all(|b| b.is_ascii_digit())
                && !w.is_empty()
                && self
                    .head
                    .strip_prefix(w)
                    .is_some_and(|r| r.eq_ignore_ascii_case("-year-old")))
    }
}

/// The words right before a name that describe it: its title ("Finance
/// Minister Kofi Ansah-Mensah", "Local councillor Sarah Kiely") or a
/// description apposed before it ("the Foreign Office spokesperson, Ayesha
/// Farooqui"), as a token range.
/// How many tokens before a name its title or apposed description may
/// take.
const TITLE_BEFORE_TOKENS: usize = 9;

fn title_before(text: &str, tokens: &[Token], first: usize) -> std::ops::Range<usize> {
    let para = tokens[first].para;
    let mut k = first;
    let mut apposed = false;
    // The apposed description's comma, once passed.
    let mut comma = first;
    while k > 0 && first - k < TITLE_BEFORE_TOKENS {
        let t = &tokens[k - 1];
        if t.para != para || t.quoted {
            break;
        }
        // ("The Minister of Labour, Dr. Ngozi Umeadi,": past a title of
        // address.)
        // ("The Archbishop of Elderbridge, the Most Rev Cuthbert
        // Ollerton,": a style and its article too.)
        if t.is_punct(',')
            && !apposed
            && tokens[k..first].iter().all(|a| {
                let w = a.span().as_str(text);
                (a.has(lexicon::TITLE) && a.is_capitalised())
                    || w == "the"
                    || crate::speakers::is_style(w)
            })
        {
            apposed = true;
            k -= 1;
            comma = k;
            continue;
        }
        // "Secretary of State Gilbert Manzanares", "Minister for Health
        // Aoife Byrne": a title may join its capitalised words by "of" or
        // "for".
        let joins = k >= 2
            && matches!(t.span().as_str(text), "of" | "for")
            && tokens[k].is_capitalised()
            && tokens[k - 2].is_capitalised()
            && tokens[k - 2].para == para;
        if joins {
            k -= 1;
            continue;
        }
        // A title runs over capitalised words and title words; an apposed
        // description also over its lower-case modifiers.
        // ("State" after "of" is no verb there.)
        let joined = k >= 2
            && t.is_capitalised()
            && matches!(tokens[k - 2].span().as_str(text), "of" | "for");
        // ("union president Héctor Quilodrán": a lower-case noun before a
        // lower-case title word.)
        let noun_of_title = t.is_lower()
            && tokens[k].is_lower()
            && tokens[k].has(lexicon::TITLE)
            && !t.has(
                lexicon::COMPLEMENT
                    | lexicon::CONJUNCTION
                    | lexicon::FILLER
                    | lexicon::NOT_NAME
                    | lexicon::RELATIVE,
            );
        // ("the Most Rev": the article of a style.)
        let styled = t.span().as_str(text) == "the"
            && crate::speakers::is_style(tokens[k].span().as_str(text));
        // ("In a letter to the prime minister released shortly after 9pm,
        // Ms Hennessy said": a participle's phrase before the comma is no
        // title.)
        // ("Asked whether she believed the mayor should resign, Cr Tangitu
        // said": nor a clause with an auxiliary.)
        if apposed
            && t.is_lower()
            && !t.has(lexicon::TITLE)
            && (crate::text::is_regular_past(t.span().as_str(text))
                || crate::speakers::AUXILIARIES.contains(t.span().as_str(text)))
        {
            break;
        }
        // ("The leader of the Amalgamated Mineworkers’ Union,": past the
        // apostrophe of a plural's possessive, a token of its own.)
        let plural_possessive = k >= 2
            && crate::speakers::is_plural_apostrophe(text, tokens, k - 1, 0)
            && tokens[k - 2].is_capitalised();
        if plural_possessive {
            k -= 1;
            continue;
        }
        // ("The governor of Akanda State, Ibrahim Danladi,": a verb's form
        // capitalised after a capitalised word is part of a name.)
        let inside_name = apposed
            && t.is_capitalised()
            && k >= 2
            && tokens[k - 2].para == para
            && tokens[k - 2].is_capitalised()
            && !tokens[k - 2].has(lexicon::TITLE);
        if !t.is_word()
            || !(t.is_capitalised() || t.has(lexicon::TITLE) || apposed || noun_of_title || styled)
            || (t.lemma().is_some() && !joined && !inside_name)
        {
            break;
        }
        k -= 1;
    }
    // ("Speaking alongside Health Minister Bruno Lachapelle-Tran, Dr.
    // Okonkwo-Reyes said": not another's title and name before the comma,
    // which closes an opening phrase.)
    if apposed && comma > k {
        let names = tokens[k..comma]
            .iter()
            .rev()
            .take_while(|t| t.is_capitalised() && !t.has(lexicon::TITLE))
            .count();
        let titled = comma - names > k && {
            let t = &tokens[comma - names - 1];
            t.is_capitalised() && t.has(lexicon::TITLE)
        };
        if names > 0 && titled {
            return comma + 1..first;
        }
    }
    k..first
}

/// How many tokens an aside between dashes after a name may run ("— no
/// relation to the congressman —").
pub(crate) const DASH_ASIDE_TOKENS: usize = 8;

/// The most words an appositive runs to ("Tonga's climate envoy and chair
/// of the Alliance of Small Island States").
const APPOSITIVE_WORDS: usize = 16;

/// The appositive after a name ("Ayesha Farooqui, the Foreign Office
/// spokesperson,", "Stefan Kovac, 51,"), as a token range.
fn appositive_after(text: &str, tokens: &[Token], last: usize) -> std::ops::Range<usize> {
    let para = tokens[last].para;
    // ("Lucia Serra — no relation to the congressman — an independent
    // security researcher": past an aside between dashes.)
    let aside_end = || {
        if last + 1 >= tokens.len() || !crate::speakers::is_dash(tokens, last + 1) {
            return None;
        }
        (last + 2..(last + 2 + DASH_ASIDE_TOKENS).min(tokens.len()))
            .take_while(|&k| tokens[k].para == para && !tokens[k].quoted)
            .find(|&k| crate::speakers::is_dash(tokens, k))
            .filter(|&k| {
                tokens
                    .get(k + 1)
                    .is_some_and(|t| t.is_word() && t.para == para)
            })
    };
    let from = if tokens.get(last + 1).is_some_and(|t| t.is_punct(',')) {
        last + 2
    } else if let Some(k) = aside_end() {
        k + 1
    } else {
        return last + 1..last + 1;
    };
    // ("…at Calloway Downs, giving the 71-year-old trainer the victory":
    // a participle's clause, its object no description of the name.)
    let participle = tokens.get(from).is_some_and(|t| {
        crate::speakers::is_present_participle(text, t)
            && tokens
                .get(from + 1)
                .is_some_and(|n| crate::cues::is_determiner(n.span().as_str(text)))
    });
    if participle {
        return from..from;
    }
    let mut k = from;
    while k < tokens.len() && k < from + APPOSITIVE_WORDS {
        // ("the plant’s convenor for the Amalgamated Vehicle Workers’
        // Union,": past a plural's apostrophe.)
        if crate::speakers::is_plural_apostrophe(text, tokens, k, from) {
            k += 1;
            continue;
        }
        let t = &tokens[k];
        // ("counsel assisting the coroner, Sophie Brandreth, took the
        // triage nurse …": an irregular past is a verb too, but in a
        // relative clause: "…, who became CEO last year,".)
        let relative = tokens[from].has(lexicon::RELATIVE);
        if t.para != para
            || t.quoted
            || !t.is_word()
            || (t.is_lower()
                && (t.lemma().is_some() || (t.has(lexicon::IRREGULAR_PAST) && !relative)))
        {
            break;
        }
        // ("Ingrid Solberg-Haug, the UN special envoy who has led the
        // talks": a relative clause closes it too.)
        if k > from && t.is_lower() && t.has(lexicon::RELATIVE) {
            return from..k;
        }
        // ("Gov. Patricia Delacroix-Hayes, who greeted the prince at the
        // pier,": nor a past verb's object, unless the verb makes an
        // office: "who became CEO", "who served as the clerk".)
        if relative
            && k > from
            && crate::speakers::is_past_form(text, t)
            && !RELATIVE_OFFICE_VERBS.contains(t.span().as_str(text))
            && tokens
                .get(k + 1)
                .is_none_or(|n| n.span().as_str(text) != "as")
        {
            return from..k;
        }
        // ("Coun. Wayne Bramhope, who has publicly clashed with the
        // clerk,": in a relative clause, a preposition's object is no
        // description of the person; "who serves as the clerk" is.)
        if relative
            && k > from
            && t.is_lower()
            && t.has(lexicon::COMPLEMENT)
            && !matches!(t.span().as_str(text), "as" | "of")
        {
            return from..k;
        }
        k += 1;
    }
    // Closed by punctuation: not the subject of a new clause ("Chelsea,
    // the mayor said", "Speaking to the BBC, a spokesperson said").
    let closed = tokens.get(k).is_none_or(|t| {
        t.para != para || (t.is_punct(',') || t.is_punct('.') || t.is_punct(')') || t.is_punct(';'))
    });
    if !closed {
        return from..from;
    }
    // ("Leonard Asquith, 66, a former director of …,": an age, then the
    // appositive, read as one.)
    let age = k == from + 1
        && tokens.get(k).is_some_and(|t| t.is_punct(','))
        && tokens[from].span().len() <= 3
        && tokens[from].is_word()
        && !tokens[from].is_lower()
        && !tokens[from].is_capitalised();
    if age {
        let next = appositive_after(text, tokens, from);
        if !next.is_empty() {
            return from..next.end;
        }
    }
    from..k
}

/// Past verbs of a relative clause after which its words still describe
/// the person ("who became CEO last year", "who remained chair"); "was"
/// is no past form the test reads.
const RELATIVE_OFFICE_VERBS: ShortList = ShortList::new(&["became", "remained", "stayed"]);

/// The place given right after a name ("Senator Lydia Farrow of Maine",
/// "Sen. Ted Cruz (R-Texas)"), as a token range: the capitalised words
/// after "of", or the words inside a short parenthesis.
fn place_after(text: &str, tokens: &[Token], last: usize) -> std::ops::Range<usize> {
    let para = tokens[last].para;
    let from = last + 2;
    let within = |k: usize| tokens.get(k).is_some_and(|t| t.para == para && !t.quoted);
    match tokens.get(last + 1).map(|t| t.span().as_str(text)) {
        Some("of") => {
            let mut k = from;
            while k < from + 3 && within(k) && tokens[k].is_capitalised() {
                k += 1;
            }
            from..k
        }
        Some("(") => (from..from + 4)
            .find(|&k| !within(k) || tokens[k].is_punct(')'))
            .filter(|&k| within(k))
            .map_or(from..from, |k| from..k),
        _ => from..from,
    }
}

/// Whether the title before a person's mention or the appositive after
/// it gives the head and every modifier of a description; a place
/// modifier may be given after the name instead ("the Maine senator" for
/// "Senator Lydia Farrow of Maine").
fn is_described(
    text: &str,
    tokens: &[Token],
    person: &SubjectMention,
    wanted: &Wanted<'_>,
) -> bool {
    // (The name's first token, a few back from its last.)
    let mut first = person.token.min(tokens.len().saturating_sub(1));
    while first > 0 && tokens[first - 1].span().start >= person.name.start {
        first -= 1;
    }
    // The head in the title or the appositive; the modifiers also in
    // the place after the name ("the Maine senator") or, for a title,
    // the appositive ("the 61-year-old coach" for "coach Gary
    // Lindqvist, 61,"). (Read only for a description that has them.)
    let appositive = appositive_after(text, tokens, person.token);
    let elsewhere: [std::ops::Range<usize>; 2] = if wanted.mods.is_empty() {
        [0..0, 0..0]
    } else {
        [place_after(text, tokens, person.token), appositive.clone()]
    };
    let predicate = predicate_after(text, tokens, person.token, &appositive);
    // ("The inquiry, chaired by Dame Yvonne Achterberg," for "the chair":
    // the agent of a verb of office.)
    let office_agent = || {
        let title = title_before(text, tokens, first);
        let by = title.start.min(first);
        wanted.mods.is_empty()
            && by >= 2
            && tokens[by - 1].span().as_str(text) == "by"
            && OFFICE_VERBS.iter().any(|(verb, nouns)| {
                tokens[by - 2].span().as_str(text) == *verb && nouns.contains(&wanted.head)
            })
    };
    first < tokens.len()
        && (office_agent()
            || describes(
                text,
                tokens,
                title_before(text, tokens, first),
                &elsewhere,
                wanted,
            )
            || describes(text, tokens, appositive, &elsewhere[..1], wanted)
            || describes(text, tokens, predicate, &elsewhere[..1], wanted))
}

/// Verbs of an office in the passive before "by" and a name, with the
/// nouns for the one who holds it ("chaired by Dame Yvonne Achterberg" is
/// the chair).
const OFFICE_VERBS: [(&str, &[&str]); 9] = [
    (
        "chaired",
        &["chair", "chairman", "chairwoman", "chairperson"],
    ),
    ("headed", &["head"]),
    ("led", &["leader", "head"]),
    // ("the programme on Bharat 24x7, anchored by Sunaina Mehrotra-Das"
    // for "the anchor".)
    ("anchored", &["anchor", "host", "presenter"]),
    ("hosted", &["host", "presenter", "anchor"]),
    ("presented", &["presenter", "host"]),
    ("moderated", &["moderator", "host"]),
    ("coached", &["coach"]),
    ("managed", &["manager"]),
];

/// How many tokens after a name's aside the comma and "is", "was" or
/// "became" of its predicate may stand.
const PREDICATE_AFTER_ASIDE: usize = 30;

/// Participles that give a person an office after "was" ("was elected
/// mayor", "was named coach", "was sworn in as president").
const APPOINTING_VERBS: ShortList = ShortList::new(&[
    "elected",
    "named",
    "appointed",
    "chosen",
    "installed",
    "sworn",
    "voted",
    "confirmed",
    "reelected",
    "re-elected",
]);

/// The noun phrase that "is", "was" or "became" says of a name right
/// after it or its appositive ("Joost Vandermeulen, 38, is the
/// government's central witness in …"), as a token range: from its
/// article to its head, before a preposition or punctuation.
fn predicate_after(
    text: &str,
    tokens: &[Token],
    last: usize,
    appositive: &std::ops::Range<usize>,
) -> std::ops::Range<usize> {
    let para = tokens[last].para;
    let mut k = if appositive.is_empty() {
        last + 1
    } else {
        appositive.end + 1
    };
    let word = |k: usize| tokens.get(k).map_or("", |t| t.span().as_str(text));
    // ("Cllr Ruairi Penhallow-Diallo, 66, a former actor who played … in
    // the film “The Long Tide Home”, was elected mayor": or the verb after
    // the comma closing an aside the appositive did not take in whole.)
    if !matches!(word(k), "is" | "was" | "became") {
        if word(k) != "," && appositive.is_empty() {
            return k..k;
        }
        let verb = (k..tokens.len().min(k + PREDICATE_AFTER_ASIDE))
            .take_while(|&j| {
                tokens[j].para == para
                    && (tokens[j].quoted
                        || !matches!(tokens[j].ascii_char(text), Some(b'.' | b';' | b'?' | b'!')))
            })
            .find(|&j| {
                j > last + 1
                    && tokens[j - 1].is_punct(',')
                    && !tokens[j].quoted
                    && matches!(word(j), "is" | "was" | "became")
            });
        match verb {
            Some(j) => k = j,
            None => return k..k,
        }
    }
    let became = word(k) == "became";
    k += 1;
    let from = k;
    // ("Ruairi Penhallow-Diallo … was elected mayor", "was sworn in as
    // the new police chief": an office given, its verb in the range.)
    let appointed = APPOINTING_VERBS.contains(word(k));
    if appointed {
        k += 1;
        if word(k) == "in" {
            k += 1;
        }
        if word(k) == "as" {
            k += 1;
        }
    }
    let titled = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.is_lower() && t.has(lexicon::TITLE))
    };
    if !(is_the(word(k))
        || crate::speakers::is_indefinite(word(k))
        || ((appointed || became) && titled(k)))
    {
        return from..from;
    }
    while k < from + 8
        && tokens.get(k).is_some_and(|t| {
            t.para == para
                && t.is_word()
                && !t.quoted
                && t.lemma().is_none()
                && !t.has(lexicon::COMPLEMENT | lexicon::CONJUNCTION)
        })
    {
        k += 1;
    }
    from..k
}

/// Whether the words of `range` give the head and, with those of the
/// ranges `elsewhere`, every modifier of the description (a party tag
/// giving its state: "R-Texas" gives "Texas"; an age giving "61-year-old").
fn describes(
    text: &str,
    tokens: &[Token],
    range: std::ops::Range<usize>,
    elsewhere: &[std::ops::Range<usize>],
    wanted: &Wanted<'_>,
) -> bool {
    if range.is_empty() {
        return false;
    }
    let words_of = |r: std::ops::Range<usize>| {
        tokens[r]
            .iter()
            .filter(|t| t.is_word())
            .map(|t| t.span().as_str(text))
    };
    let words = || words_of(range.clone());
    let mods = &wanted.mods;
    // "Vice President Tomas Reyes" is no "president": a word of rank
    // before the head must be in the description too.
    // Nor is "the former New Jersey governor" "the governor": "former"
    // anywhere before the head.
    let mut prev: Option<&str> = None;
    let mut former = false;
    let mut found = false;
    for w in words() {
        if wanted.head_given_by(w) {
            // ("Lieutenant Commander Simone Gayle-Barrett" for "the
            // commander": a military rank goes by its last word.)
            let unranked = |p: &str| {
                !RANKS.contains_ignore_ascii_case(p)
                    || mods.iter().any(|m| m.eq_ignore_ascii_case(p))
                    || (MILITARY_RANK_PREFIXES.contains_ignore_ascii_case(p)
                        && MILITARY_RANKS.contains_ignore_ascii_case(w))
            };
            found = prev.is_none_or(unranked) && (!former || unranked("former"));
            if found {
                break;
            }
        }
        former |= w.eq_ignore_ascii_case("former");
        prev = Some(w);
    }
    // A party tag after the name ("Rep. Colt Ambrecht (R-CO)", "D-Md.")
    // gives the party as a head and the state as a modifier.
    let tags = || {
        elsewhere
            .iter()
            .filter_map(|r| crate::speakers::party_tag(range_text(text, tokens, r.clone())))
    };
    found = found
        || (crate::speakers::PARTIES
            .iter()
            .any(|(_, p)| p.eq_ignore_ascii_case(wanted.head))
            && tags().any(|(party, _)| party.eq_ignore_ascii_case(wanted.head)));
    // ("the party spokesman" for "the party’s spokesman, Rafael
    // Zaragoza": a possessive gives its noun.)
    let same = |w: &str, m: &str| {
        w.eq_ignore_ascii_case(m)
            || crate::text::possessive_stem(w).is_some_and(|s| s.eq_ignore_ascii_case(m))
    };
    let given = |m: &str| {
        words().any(|w| same(w, m))
            // ("the new mayor" of one "elected mayor": the office is new.)
            || (m.eq_ignore_ascii_case("new") && words().any(|w| APPOINTING_VERBS.contains(w)))
            || elsewhere.iter().any(|r| {
                words_of(r.clone()).any(|w| {
                    same(w, m)
                        || (w.bytes().all(|b| b.is_ascii_digit())
                            && m.strip_prefix(w) == Some("-year-old"))
                })
            })
            || tags().any(|(_, state)| {
                state.eq_ignore_ascii_case(m)
                    || lexicon::us_state(state).is_some_and(|full| {
                        crate::text::words(full).any(|w| w.eq_ignore_ascii_case(m))
                    })
            })
    };
    found && mods.iter().all(|m| given(m))
}

/// The text of a token range, from its first token's start to its last
/// token's end (empty for an empty range).
fn range_text<'t>(text: &'t str, tokens: &[Token], r: std::ops::Range<usize>) -> &'t str {
    match (
        tokens.get(r.start),
        r.end.checked_sub(1).and_then(|e| tokens.get(e)),
    ) {
        (Some(a), Some(b)) if r.start < r.end => &text[a.span().start..b.span().end],
        _ => "",
    }
}

/// Words of rank before a military rank that make no other one
/// ("Lieutenant Colonel", "Vice Admiral": the colonel, the admiral).
const MILITARY_RANK_PREFIXES: ShortList = ShortList::new(&["lieutenant", "lt.", "vice"]);

/// Military ranks a rank before them leaves the same ("Lieutenant
/// General").
const MILITARY_RANKS: ShortList = ShortList::new(&[
    "colonel",
    "commander",
    "general",
    "admiral",
    "col.",
    "gen.",
    "cmdr.",
]);

/// Words before a title that make it another office ("Vice President",
/// "Deputy Minister"; "private secretary" is no minister).
const RANKS: ShortList = ShortList::new(&[
    "private",
    "press",
    "personal",
    "permanent",
    "parliamentary",
    "vice",
    "deputy",
    "assistant",
    "associate",
    "lieutenant",
    "lt.",
    "under",
    "acting",
    "former",
    "junior",
    "shadow",
]);

/// How many earlier mentions of a candidate are read for the words that
/// describe it.
const MENTIONS_READ: usize = 400;

/// How many paragraphs back those mentions are read.
const PARAGRAPHS_READ: u32 = 40;

/// The full name of the person a description speaker stands for, if the
/// text named that person with the description's words before it.
///
/// `mention` is the speaker's mention of a quote; only a definite singular
/// description ("the minister", "the Taoiseach") has a referent. The
/// people mentioned before it are tried nearest first; one fits when any
/// of its mentions so far carries the description's head and modifiers in
/// its title or appositive ("President Obama … Obama said … The president
/// added", though "World Bank President Jim Yong Kim" came in between).
pub(crate) fn referent(
    text: &str,
    tokens: &[Token],
    register: &NameRegister<'_>,
    mention: Span,
) -> Option<Span> {
    let described = description_head(text, tokens, mention)?;
    let mut found = described_referent(text, tokens, register, mention, described)?;
    // ("The 59-year-old Governor, a former finance secretary, …. “…,” the
    // former finance secretary said": a description read as a name stands
    // for whom it describes, once.)
    let opens_with_the = |s: Span| {
        crate::text::words(s.as_str(text))
            .next()
            .is_some_and(is_the)
    };
    if opens_with_the(found) {
        let inner = description_head(text, tokens, found)?;
        found = described_referent(text, tokens, register, found, inner)
            .filter(|&f| !opens_with_the(f))?;
    }
    Some(other_sibling(text, tokens, register, described, found).unwrap_or(found))
}

/// Nouns for a sibling: the person whose sibling another is, is that
/// one's sibling too.
const SIBLING_NOUNS: ShortList = ShortList::new(&["sister", "brother", "twin", "sibling"]);

/// "“…,” Funmilayo said. “…,” her sister said", after "Folake Oyinlade
/// … her twin sister, Funmilayo": when the sibling a description `found`
/// is the person its possessive stands for (the subject named last), the
/// sibling meant is the one who introduced them. The description is read
/// as `description_head` gives it: its article or possessive and head.
fn other_sibling(
    text: &str,
    tokens: &[Token],
    register: &NameRegister<'_>,
    (the_at, head): (usize, &str),
    found: Span,
) -> Option<Span> {
    if !SIBLING_NOUNS.contains(head) || is_the(tokens[the_at].span().as_str(text)) {
        return None;
    }
    let name = found.as_str(text);
    let para = tokens[the_at].para;
    // The possessive's person: the subject named last, in this paragraph
    // or the one before.
    let before = register.subjects.partition_point(|s| s.token < the_at);
    let owner = register.subjects[..before]
        .iter()
        .rev()
        .take(MENTIONS_BACK)
        .take_while(|s| tokens[s.token].para + 1 >= para)
        .find(|s| s.subject && !s.unnamed)?;
    let owner_full = register
        .fullest_near(
            text,
            owner.name.as_str(text),
            owner.gender,
            owner.name.start,
        )
        .unwrap_or(owner.name);
    // (By any of their names: "Marek" for Marek Wierzbicki.)
    let (short, long) = if owner_full.len() <= found.len() {
        (owner_full.as_str(text), name)
    } else {
        (name, owner_full.as_str(text))
    };
    if !crate::text::words(short).all(|w| crate::text::words(long).any(|x| x == w)) {
        return None;
    }
    // Who introduced them with "his" or "her" and a sibling's noun.
    let given = crate::text::words(short).next()?;
    (the_at.saturating_sub(SIBLING_TOKENS_BACK)..the_at)
        .rev()
        .filter(|&k| tokens[k].span().as_str(text) == given)
        .find_map(|k| {
            introducer(
                text,
                tokens,
                register,
                k,
                |w| SIBLING_NOUNS.contains(w),
                None,
                long,
            )
        })
}

/// Who introduced the person whose name opens at token `first` as their
/// relative ("Graeme Rydberg, 61, and his wife, Shona Rydberg", "Folake
/// Oyinlade … her twin sister, Funmilayo"): with a noun for a relative
/// that `noun` accepts right before the name, and "his" or "her" (`by`,
/// when given) in the two words before that noun, the full name named
/// last before it in its paragraph, other than `not`.
pub(crate) fn introducer(
    text: &str,
    tokens: &[Token],
    register: &NameRegister<'_>,
    first: usize,
    noun: impl Fn(&str) -> bool,
    by: Option<&str>,
    not: &str,
) -> Option<Span> {
    let (j, _) = crate::speakers::kin_noun_before(text, tokens, first)?;
    // ("Lanteigne’s son, Assistant Chief Marc Lanteigne": or a surname's
    // possessive, which says no gender.)
    let possessive = (j.saturating_sub(2)..j).any(|p| {
        let w = tokens[p].span().as_str(text);
        by.map_or(POSSESSIVES.contains_ignore_ascii_case(w), |b| {
            w.eq_ignore_ascii_case(b)
        }) || (tokens[p].is_capitalised() && crate::text::possessive_stem(w).is_some())
    });
    if !possessive || !noun(tokens[j].span().as_str(text)) {
        return None;
    }
    // ("Her son, Matyas Lorincz," opening a paragraph: the one named in
    // the paragraph before.)
    let para = tokens[j].para;
    let opens = (j.saturating_sub(2)..j).any(|p| p == 0 || tokens[p - 1].para != tokens[p].para);
    let lowest = if opens {
        para.saturating_sub(INTRODUCER_PARAGRAPHS_BACK)
    } else {
        para
    };
    let mentions = register.full_mentions();
    let start = tokens[j].span().start;
    let candidates = |lowest: u32| {
        mentions[..mentions.partition_point(|o| o.start < start)]
            .iter()
            .rev()
            .copied()
            .take_while(move |o| {
                tokens[tokens.partition_point(|t| t.span().start < o.start)].para >= lowest
            })
            .filter(|o| o.as_str(text) != not)
    };
    // ("Lerato Tshivhase …. … a village outside Makhado Springs …. Her
    // father, Joseph Tshivhase,": one who shares the relative's surname
    // first, in the paragraphs before too.)
    // ("Adela Kafati … Kafati’s first book …. Her father, Jorge Kafati,":
    // or anywhere before in the text.)
    // ("Yusupov’s wife, Gulnora Yusupova": the one the possessive names,
    // whose surname the relative's may not share.)
    let named = (j.saturating_sub(2)..j).find_map(|p| {
        let t = &tokens[p];
        let stem =
            crate::text::possessive_stem(t.span().as_str(text)).filter(|_| t.is_capitalised())?;
        register
            .fullest(text, stem, Gender::Unknown)
            .filter(|o| o.start < start && o.as_str(text) != not)
    });
    if named.is_some() {
        return named;
    }
    let surname = last_word(not);
    candidates(para.saturating_sub(INTRODUCER_PARAGRAPHS_BACK))
        .find(|o| !surname.is_empty() && last_word(o.as_str(text)) == surname)
        .or_else(|| {
            (!surname.is_empty())
                .then(|| register.namesake_other_than(text, surname, not))
                .flatten()
                .filter(|o| o.start < start)
        })
        .or_else(|| candidates(lowest).next())
}

/// How many paragraphs back a possessive opening a paragraph looks for
/// the one who introduces a relative ("Her eldest son, Olivier Nduwayo,"
/// after "Esperance Nduwayo … said" and a quote).
const INTRODUCER_PARAGRAPHS_BACK: u32 = 4;

/// How many tokens back a sibling's introduction is looked for.
const SIBLING_TOKENS_BACK: usize = 2000;

/// [`referent`] for the description `mention`, read by its article or
/// possessive and its head (`description_head`), before a sibling's
/// description is turned round (see [`other_sibling`]).
fn described_referent(
    text: &str,
    tokens: &[Token],
    register: &NameRegister<'_>,
    mention: Span,
    (the_at, head): (usize, &str),
) -> Option<Span> {
    let para = tokens[the_at].para;
    if introduced_unnamed(text, tokens, the_at, head) {
        return None;
    }
    // (By position: a description's mention names someone before it.)
    let before = register.subjects.partition_point(|s| s.token < the_at);
    let earlier = &register.subjects[..before];
    let wanted = Wanted::new(head, modifiers(text, tokens, the_at, mention).collect());
    let described = |o: &SubjectMention| is_described(text, tokens, o, &wanted);
    // People in subject position first ("Ghana's health minister, Kofi
    // Mensah, resigned after a dispute with Finance Minister Abena Owusu.
    // The minister said he …" is Mensah), then anyone.
    let near = || {
        earlier
            .iter()
            .rev()
            .take(MENTIONS_BACK)
            .take_while(|s| tokens[s.token].para + PARAGRAPHS_BACK >= para)
    };
    // The people tried, in order, by their full names and surnames.
    let mut tried: Vec<(Span, &str)> = Vec::new();
    // (Not a lone word no one's name ends with: "Arts" of "the Minister of
    // Sport, Arts and Culture".)
    let lone = |s: &SubjectMention| {
        let n = s.name.as_str(text);
        !s.standalone && !n.contains(' ') && !register.is_surname(n)
    };
    for s in near()
        .filter(|s| s.subject)
        .chain(near().filter(|s| !s.subject))
        .filter(|s| !lone(s))
    {
        let full = register
            .fullest_near(text, s.name.as_str(text), s.gender, s.name.start)
            .unwrap_or(s.name);
        let full_name = full.as_str(text);
        if !tried.iter().any(|(t, _)| t.as_str(text) == full_name) {
            tried.push((full, last_word(full_name)));
        }
    }
    // One pass over the earlier mentions: the first of those people that
    // one of their mentions describes so; or else, further back ("the
    // president" many paragraphs after "President Wendell Harcastle"),
    // the one person the text described so.
    let mut found = vec![false; tried.len()];
    let mut only = OnePerson::default();
    for o in earlier
        .iter()
        .rev()
        .take(MENTIONS_READ)
        .take_while(|o| tokens[o.token].para + PARAGRAPHS_READ >= para)
    {
        if !described(o) {
            continue;
        }
        let n = o.name.as_str(text);
        let surname = last_word(n);
        // (A surname alone reads as the person it is near: "Dr. Ruth
        // Kamaka …. Kamaka, 61, …" is Ruth, not her daughter Leilani named
        // later.)
        let own = register
            .fullest_near(text, n, o.gender, o.name.start)
            .unwrap_or(o.name);
        let n = if crate::text::words(n).count() == 1 && last_word(own.as_str(text)) == surname {
            own.as_str(text)
        } else {
            n
        };
        for (i, (full, last)) in tried.iter().enumerate() {
            found[i] |= *last == surname
                && crate::text::words(n)
                    .all(|w| crate::text::words(full.as_str(text)).any(|x| x == w));
        }
        if found.first() == Some(&true) {
            break;
        }
        only.add(text, own);
    }
    if let Some(i) = found.iter().position(|&f| f) {
        return Some(tried[i].0);
    }
    if let Some(person) = only.person() {
        return Some(person);
    }
    // "A former first-division coach told an inquiry …" then "Wanderley
    // Figueiredo Santos, who coached …, said" and "“…,” the coach said":
    // the person the lede's description with the same noun stands for.
    if let Some(person) = lede_description_person(text, tokens, register, head, the_at) {
        return Some(person);
    }
    // "Marlow Vale … their captain, Jonjo Erskine-Bowyer, …. Erskine-Bowyer
    // … struck a calmer tone. Writing on Instagram, the Vale captain
    // posted": the subject named last, if the text gave them the head
    // itself, before anyone given only the modifiers (below).
    // (Capitalised modifiers only, a team or a place: "the shadow health
    // secretary" is no "Health Secretary, Naomi Fairclough".)
    if !wanted.mods.is_empty()
        && wanted
            .mods
            .iter()
            .all(|m| m.starts_with(char::is_uppercase))
    {
        let head_only = Wanted::new(head, Vec::new());
        if let Some(&(full, last)) = tried.first() {
            let given_head = earlier
                .iter()
                .rev()
                .take(MENTIONS_READ)
                .filter(|o| last_word(o.name.as_str(text)) == last)
                .any(|o| {
                    crate::text::words(o.name.as_str(text))
                        .all(|w| crate::text::words(full.as_str(text)).any(|x| x == w))
                        && is_described(text, tokens, o, &head_only)
                });
            if given_head {
                return Some(full);
            }
        }
    }
    // "the OPEC chief" after "OPEC Secretary-General Faisal al-Rashidi",
    // "the Philippine diplomat" after "…, the Philippine foreign affairs
    // undersecretary": the one person described with the same
    // capitalised modifiers and some title.
    if !wanted.mods.is_empty()
        && wanted
            .mods
            .iter()
            .all(|m| m.starts_with(char::is_uppercase))
    {
        let titled = Wanted {
            any_title: true,
            ..wanted
        };
        if let Some(person) = one_described(text, tokens, register, earlier, &titled) {
            return Some(person);
        }
        // ("the Nigerian-born director-general" for "WHO Director-General
        // Dr Amaka Eze-Nwosu": else the one person given the office itself,
        // the modifiers news the text had not told.)
        if lexicon::entry(head).is_some_and(|e| e.has(lexicon::TITLE)) {
            let office = Wanted {
                mods: Vec::new(),
                any_title: false,
                ..titled
            };
            if let Some(person) = one_described(text, tokens, register, earlier, &office) {
                return Some(person);
            }
        }
    }
    // "Tunde Okonjo scored the winner. “…,” the 20-year-old said", "…,
    // said the Scot": an epithet the text never gave anyone stands for
    // the person the text is about, the last named subject in this
    // paragraph or the two before.
    // (So does a former office no one was given: "Democratic front-runner
    // Eleanor Whitcombe, campaigning in Iowa, …. “…,” the former secretary
    // of state said".)
    // ("the 47-year-old former centre": after an age too.)
    let former_at = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.span().as_str(text).eq_ignore_ascii_case("former"))
    };
    let former = is_the(tokens[the_at].span().as_str(text))
        && (former_at(the_at + 1)
            || (tokens
                .get(the_at + 1)
                .is_some_and(|t| is_age_or_height(t.span().as_str(text)))
                && former_at(the_at + 2)));
    if !is_epithet(text, tokens, the_at, head) && !former {
        return None;
    }
    // ("The winner came from striker Sadiq Bello …. “…,” the 23-year-old
    // striker said": an age is news; the one person given the rest of
    // the description, if any, before the subject.)
    // (So is a count of terms or wins: "the three-term congressman", "the
    // two-time champion".)
    if modifiers(text, tokens, the_at, mention).any(is_news_modifier) {
        let mods = modifiers(text, tokens, the_at, mention).filter(|m| !is_news_modifier(m));
        let given = Wanted::new(head, mods.collect());
        if let Some(person) = one_described(text, tokens, register, earlier, &given) {
            return Some(person);
        }
    }
    // "The 24-year-old Frenchman beat …" just after the lede names
    // Baptiste Ravoux-Delmas, then "“…,” the Frenchman replied" many
    // paragraphs on: an epithet the text used before, opening a sentence,
    // stands for whom it stood for there.
    // ("“So whose fault is it?” Zyambo pressed. “…,” the 56-year-old
    // replied": a reply is not the questioner's.)
    let replying = token_range(tokens, mention)
        .and_then(|(_, last)| tokens.get(last + 1))
        .and_then(Token::lemma)
        .is_some_and(crate::cues::is_reply);
    // ("Mathieu Bergeron-Roy, 34, of Sherbrooke, Que., …. “…,” the
    // Sherbrooke climber said": the person the text said is from the
    // epithet's place.)
    let place = tokens[the_at + 1..]
        .iter()
        .take_while(|t| t.span().end < mention.end)
        .find(|t| t.is_capitalised() && !t.has(lexicon::PARTY | lexicon::GROUP | lexicon::TITLE));
    if let Some(p) = place {
        if let Some(person) = from_place(text, tokens, register, the_at, p.span().as_str(text)) {
            return Some(person);
        }
    }
    // ("Sachiko Onodera, 70, …. Kenta's wife, Mai Onodera, 39, …. ¶ “…,”
    // the 70-year-old said": not one the text gave another age; the one
    // it gave this age, if one.)
    let age = age_before(text, tokens, the_at + 2);
    let other_age = |s: Span| {
        age.is_some_and(|a| ages_given(text, tokens, register, s, the_at).any(|b| b != a))
    };
    // ("The ribbon was cut by … 97-year-old Peigi Morrison …. “…,” the
    // 97-year-old said", after the minister spoke: first the one person
    // the text gave that age.)
    if let Some(person) = age.and_then(|a| person_of_age(text, tokens, register, the_at, a)) {
        return Some(person);
    }
    // ("Reached by telephone …, the 71-year-old said she had been peeling
    // potatoes": of the gender its noun or its clause's pronoun gives.)
    let gender = lexicon::noun_gender(head)
        .or_else(|| {
            token_range(tokens, mention).and_then(|(_, last)| clause_gender(text, tokens, last))
        })
        .unwrap_or(Gender::Unknown);
    let found = epithet_subject(text, tokens, register, (the_at, head, gender), replying)
        .or_else(|| earlier_epithet(text, tokens, register, the_at, head))
        .or_else(|| lede_subject(text, tokens, register, the_at, mention, gender));
    match found {
        // (Else the lede's person, if of no other age.)
        Some(s) if other_age(s) => {
            lede_person(text, tokens, register, the_at, mention).filter(|&l| !other_age(l))
        }
        found => found,
    }
}

/// How many full mentions before an epithet are read for the ages the
/// text gave people (see [`person_of_age`]).
const AGE_MENTIONS_BACK: usize = 64;

/// The full mentions the register holds before token `before`, nearest
/// first, at most [`AGE_MENTIONS_BACK`] of them, each with the age the
/// text gave it there, if any ("Mai Onodera, 39,", "39-year-old Mai
/// Onodera").
fn aged_mentions_before<'a>(
    text: &'a str,
    tokens: &'a [Token],
    register: &'a NameRegister<'_>,
    before: usize,
) -> impl Iterator<Item = (Span, Option<u32>)> + 'a {
    let limit = tokens.get(before).map_or(usize::MAX, |t| t.span().start);
    let mentions = register.full_mentions();
    mentions[..mentions.partition_point(|m| m.start < limit)]
        .iter()
        .rev()
        .take(AGE_MENTIONS_BACK)
        .map(move |&m| {
            let first = tokens.partition_point(|t| t.span().start < m.start);
            let after = tokens.partition_point(|t| t.span().start < m.end);
            (
                m,
                age_after(text, tokens, after).or_else(|| age_before(text, tokens, first)),
            )
        })
}

/// The ages the text gave the person named `person` in full, before token
/// `before`.
fn ages_given<'a>(
    text: &'a str,
    tokens: &'a [Token],
    register: &'a NameRegister<'_>,
    person: Span,
    before: usize,
) -> impl Iterator<Item = u32> + 'a {
    let name = person.as_str(text);
    aged_mentions_before(text, tokens, register, before)
        .filter(move |(m, _)| m.as_str(text) == name)
        .filter_map(|(_, age)| age)
}

/// The one person the text gave the age `age` before token `before`, if
/// one.
fn person_of_age(
    text: &str,
    tokens: &[Token],
    register: &NameRegister<'_>,
    before: usize,
    age: u32,
) -> Option<Span> {
    let mut one = OnePerson::default();
    for (m, _) in
        aged_mentions_before(text, tokens, register, before).filter(|&(_, a)| a == Some(age))
    {
        one.add(text, m);
    }
    one.person()
}

/// The person a quote's own speaker, a news writer's variation
/// ([`is_variation`]), stands for when nothing else names them ("Sezer,
/// 58, noted that his company had paid … ¶ “…,” the diner owner said"):
/// the subject named last in its paragraph or the two before, as for an
/// epithet, unless the clause's pronoun says another gender ("The shadow
/// health secretary said … what he called" is no Naomi Fairclough). A
/// subject that reports without quotation ("The county clerk said her
/// staff …") is someone new and not read so.
pub(crate) fn variation_referent(
    text: &str,
    tokens: &[Token],
    register: &NameRegister<'_>,
    mention: Span,
) -> Option<Span> {
    let (the_at, head) = description_head(text, tokens, mention)?;
    if !is_variation(text, tokens, the_at, mention, head) {
        return None;
    }
    let found = epithet_subject(
        text,
        tokens,
        register,
        (the_at, head, Gender::Unknown),
        false,
    )?;
    let person = crate::speakers::given_name_gender(found.as_str(text));
    // ("Kamal Ishaq said …. “…,” the woman said": not one of the other
    // gender.)
    let clash = lexicon::noun_gender(head)
        .zip(person)
        .is_some_and(|(h, p)| crate::speakers::gender_clash(h, p));
    (!clash && !clause_says_other(text, tokens, mention, person.unwrap_or(Gender::Unknown)))
        .then_some(found)
}

/// Whether the clause of `mention` says by a pronoun ("… what he called",
/// "… said, adjusting her glasses") a gender other than the `person`'s.
fn clause_says_other(text: &str, tokens: &[Token], mention: Span, person: Gender) -> bool {
    token_range(tokens, mention)
        .and_then(|(_, last)| clause_gender(text, tokens, last))
        .is_some_and(|g| crate::speakers::gender_clash(g, person))
}

/// Whether a definite description is a news writer's variation for the
/// person the text is about ("Sezer, 58, noted that his company had paid
/// … ¶ “…,” the diner owner said"): "the", lower-case words and a noun
/// for a person, no possessive ("the defendant's mother" is someone
/// else), and no one introduced before as "a" or "one" with that noun
/// ("a nurse who asked not to be named … the nurse said", see
/// [`introduced_unnamed`]), within [`EPITHET_TOKENS_BACK`].
fn is_variation(text: &str, tokens: &[Token], the_at: usize, mention: Span, head: &str) -> bool {
    // ("the chief executive of Arakawa Motors": a body after "of" may
    // be named.)
    is_the(tokens[the_at].span().as_str(text))
        && tokens[the_at + 1..]
            .iter()
            .take_while(|t| t.span().end <= mention.end && t.span().as_str(text) != "of")
            .all(|t| {
                t.is_lower()
                    && t.is_word()
                    && crate::text::possessive_stem(t.span().as_str(text)).is_none()
            })
        && crate::speakers::is_person_word(head)
        && !PROXY_NOUNS.contains_ignore_ascii_case(head)
        && !introduced_unnamed_within(text, tokens, the_at, head, EPITHET_TOKENS_BACK, u32::MAX)
}

/// Nouns for someone who speaks for, to or about the person a text is
/// about: no variation for that person ("the spokesman" after "Prime
/// Minister David Cameron", "the host" of an interview).
const PROXY_NOUNS: ShortList = ShortList::new(&[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "aide",
    "adviser",
    "advisor",
    "source",
    "person",
    "official",
    "representative",
    "lawyer",
    "attorney",
    "host",
    "moderator",
    "interviewer",
    "narrator",
    "anchor",
    "reporter",
    "journalist",
]);

/// How many tokens after a mention [`clause_gender`] reads.
const CLAUSE_GENDER_REACH: usize = 40;

/// The gender of the first "he", "she", "his", "her" or "him" after token
/// `last`, in its sentence and outside quotation ("… said, folding her
/// arms", "… what he called").
fn clause_gender(text: &str, tokens: &[Token], last: usize) -> Option<Gender> {
    let para = tokens[last].para;
    tokens[last + 1..]
        .iter()
        .take(CLAUSE_GENDER_REACH)
        .take_while(|t| t.para == para && !t.is_sentence_stop(text))
        .filter(|t| !t.quoted)
        .find_map(|t| match t.span().as_str(text) {
            "he" | "his" | "him" => Some(Gender::Male),
            "she" | "her" => Some(Gender::Female),
            _ => None,
        })
}

/// How many tokens into the text the lede's subject may stand (past a
/// headline, a dateline and the words that describe the person).
const LEDE_SUBJECT_TOKENS: usize = 60;

/// "MARLSTOW — The comedian Olek Sobczyk said on Thursday …" and, many
/// paragraphs on, "“…,” one journalist asked. ¶ “…,” the 39-year-old said":
/// an epithet with no person named in its paragraph or the two before
/// (one described in lower case, "one journalist", is no one named)
/// stands for the person the text is about, the lede's subject, unless
/// the clause's "his" or "her" says otherwise.
fn lede_subject(
    text: &str,
    tokens: &[Token],
    register: &NameRegister<'_>,
    the_at: usize,
    mention: Span,
    gender: Gender,
) -> Option<Span> {
    let lowest = paragraphs_back(tokens, tokens[the_at].para, EPITHET_PARAGRAPHS);
    let before = register.subjects.partition_point(|s| s.token < the_at);
    // (One of the other gender, `gender` the epithet's, is no one near.)
    let named_near = register.subjects[..before]
        .iter()
        .rev()
        .take_while(|s| tokens[s.token].para >= lowest)
        .any(|s| {
            !s.unnamed
                && s.name.as_str(text).starts_with(char::is_uppercase)
                && !of_other_gender(text, tokens, s, gender)
        });
    if named_near {
        return None;
    }
    lede_person(text, tokens, register, the_at, mention)
}

/// The person the text is about, its lede's subject named in full, for
/// an epithet at token `the_at` whose clause (`mention`'s) says no other
/// gender.
fn lede_person(
    text: &str,
    tokens: &[Token],
    register: &NameRegister<'_>,
    the_at: usize,
    mention: Span,
) -> Option<Span> {
    // (Past a dateline's place: "MARLSTOW".)
    let lede = register
        .subjects
        .iter()
        .take_while(|s| s.token < LEDE_SUBJECT_TOKENS && s.token < the_at)
        .find(|s| s.subject && !s.possessor && !s.unnamed && s.name.as_str(text).contains(' '))?;
    if clause_says_other(text, tokens, mention, lede.gender) {
        return None;
    }
    named_subject(text, tokens, register, lede).flatten()
}

/// How many tokens back an epithet's place is looked for after a name.
const PLACE_TOKENS_BACK: usize = 2000;

/// The person named in full whom the text said is from `place` ("Mathieu
/// Bergeron-Roy, 34, of Sherbrooke"), before token `before`: the name
/// right before "of" or "from" and the place, an age between.
fn from_place(
    text: &str,
    tokens: &[Token],
    register: &NameRegister<'_>,
    before: usize,
    place: &str,
) -> Option<Span> {
    // (The length first: cheap, on many tokens.)
    let k = (before.saturating_sub(PLACE_TOKENS_BACK)..before).find(|&k| {
        k >= 2
            && tokens[k].span().len() == place.len()
            && tokens[k].span().as_str(text) == place
            && matches!(tokens[k - 1].span().as_str(text), "of" | "from")
    })?;
    // Back over ", 34," to the name.
    let mut n = k - 2;
    if tokens[n].is_punct(',')
        && n >= 3
        && crate::speakers::is_number(tokens[n - 1].span().as_str(text))
    {
        n -= 2;
        if !tokens[n].is_punct(',') {
            return None;
        }
        n -= 1;
    }
    let last = &tokens[n];
    if !last.name_part || last.para != tokens[k].para {
        return None;
    }
    let m = crate::speakers::name_ending_at(text, tokens, n, n.saturating_sub(5))?;
    let full = register.fullest(text, m.name.as_str(text), m.gender)?;
    full.as_str(text).contains(' ').then_some(full)
}

/// The one person (by full name) among the last [`MENTIONS_READ`]
/// mentions of `earlier` that one of their mentions describes as `wanted`
/// asks, if only one is.
fn one_described(
    text: &str,
    tokens: &[Token],
    register: &NameRegister<'_>,
    earlier: &[SubjectMention],
    wanted: &Wanted<'_>,
) -> Option<Span> {
    let mut one = OnePerson::default();
    for o in earlier.iter().rev().take(MENTIONS_READ) {
        if is_described(text, tokens, o, wanted) {
            let n = o.name.as_str(text);
            let full = register
                .fullest_near(text, n, o.gender, o.name.start)
                .unwrap_or(o.name);
            one.add(text, full);
        }
    }
    one.person()
}

/// How many lower-case words before a name [`epithet_subject`] reads for
/// an "of" that puts the name in another's phrase ("the daughter of former
/// prime minister …").
const OF_PHRASE_WORDS: usize = 5;

/// The gender of subject mention `s` as far as the text tells it: by its
/// known given name, by its mention, or else by the first pronoun of its
/// clause ("Eklund-Haddad said the jury had been unanimous, which he
/// called …").
fn subject_gender(text: &str, tokens: &[Token], s: &SubjectMention) -> Gender {
    crate::speakers::given_name_gender(s.name.as_str(text))
        .or((s.gender != Gender::Unknown).then_some(s.gender))
        .or_else(|| clause_gender(text, tokens, s.token))
        .unwrap_or(Gender::Unknown)
}

/// Whether subject mention `s` is of another gender than `gender` as far
/// as the text tells it; read only when `gender` is known (the clause's
/// pronoun is looked for last).
fn of_other_gender(text: &str, tokens: &[Token], s: &SubjectMention, gender: Gender) -> bool {
    gender != Gender::Unknown
        && crate::speakers::gender_clash(gender, subject_gender(text, tokens, s))
}

/// The named subject an epithet at token `the_at` stands for: the last
/// one in its paragraph or the two before, not of another gender than
/// the epithet's. (A one-word name never given in full, "Riverside had
/// lost", is a team or a place and is passed over; the first person's
/// name ends the search, found or not.)
fn epithet_subject(
    text: &str,
    tokens: &[Token],
    register: &NameRegister<'_>,
    (the_at, head, gender): (usize, &str, Gender),
    replying: bool,
) -> Option<Span> {
    let para = tokens[the_at].para;
    let before = register.subjects.partition_point(|s| s.token < the_at);
    // (For a reply, `replying`: not the one who asked, named right after
    // a question's closing mark.)
    let asked = |s: &SubjectMention| {
        replying && {
            let first = tokens.partition_point(|t| t.span().start < s.name.start);
            first >= 2
                && tokens[first - 1].quoted
                && tokens[first - 2]
                    .span()
                    .as_str(text)
                    .trim_end()
                    .ends_with('?')
        }
    };
    // ("… began after a complaint from Keshav Upadhyay, a retired bank
    // manager who lost ₹1.2 crore. “…,” the 71-year-old told this
    // newspaper": or a person introduced in full with an appositive, in
    // this paragraph or the one before.)
    // ("TANJUNG RAYA – Tens of thousands … welcome opposition leader
    // Ratna Wirastuti home. ¶ The 57-year-old former finance minister
    // …": or the lede's person after a lower-case noun for a person that
    // describes them.)
    let introduced = |s: &SubjectMention| {
        let first = tokens.partition_point(|t| t.span().start < s.name.start);
        let described_before = s.token < LEDE_SUBJECT_TOKENS && first > 0 && {
            let p = &tokens[first - 1];
            let w = p.span().as_str(text);
            // (A noun for a person: "leader", not "first" of "his first
            // Grand Slam semi-final".)
            // (Not one in another's "of" phrase: "Claire Deschanelle, the
            // daughter of former prime minister Gaspard Deschanelle,".)
            let of_phrase = || {
                tokens[first.saturating_sub(OF_PHRASE_WORDS)..first - 1]
                    .iter()
                    .rev()
                    .take_while(|t| t.is_lower() && t.para == p.para)
                    .any(|t| t.span().as_str(text) == "of")
            };
            // (Nor one after a preposition: "despite a public row with
            // chairman Hamish Rutherford-Singh".)
            let after_preposition = first >= 2 && {
                let b = &tokens[first - 2];
                b.para == p.para
                    && b.is_lower()
                    && b.has(lexicon::COMPLEMENT)
                    && b.lemma().is_none()
            };
            p.is_lower()
                && p.para == tokens[first].para
                && crate::speakers::is_person_word(w)
                && crate::speakers::has_person_ending(w)
                && !of_phrase()
                && !after_preposition
        };
        tokens[s.token].para + 1 >= para
            && s.name.as_str(text).contains(' ')
            && (described_before
                || (tokens.get(s.token + 1).is_some_and(|c| c.is_punct(','))
                    && tokens
                        .get(s.token + 2)
                        .is_some_and(|a| matches!(a.span().as_str(text), "a" | "an"))))
    };
    let lowest = paragraphs_back(tokens, para, EPITHET_PARAGRAPHS);
    register.subjects[..before]
        .iter()
        .rev()
        .take(MENTIONS_BACK)
        .take_while(|s| tokens[s.token].para >= lowest)
        // ("Odhiambo asked the witness whether …": nor the subject of the
        // verb the epithet is the object of.)
        .filter(|s| !(s.token + 2 == the_at && tokens[s.token + 1].lemma().is_some()))
        .filter(|s| {
            (s.subject || introduced(s) || inverted_speaker(tokens, s, para))
                && !s.possessor
                && !s.unnamed
                && !asked(s)
                && !of_other_gender(text, tokens, s, gender)
        })
        // ("Economy Minister Rolando Ghiglione Sato came to the
        // statistician’s defense …. ¶ “…,” the 52-year-old statistician
        // said": not the subject of a sentence that names the epithet's
        // noun as someone else.)
        .filter(|s| !names_head_after(text, tokens, s.token..the_at, head))
        // ("Sultan Iskandar … named his eldest child, Tengku Puteri Nur
        // Aisyah, as heir …. ¶ …, the 66-year-old ruler said": not a
        // relative the sentence introduces as a verb's object.)
        .filter(|s| !(register.introduced_as_relative(&s.name) && relative_object(text, tokens, s)))
        .find_map(|last| {
            // ("State advocate Pieter van der Merwe asked Ndlovu what
            // happened …. ¶ “…,” the witness said": the one asked a
            // reported question answers it.)
            asked_person(text, tokens, register, last, before)
                .and_then(|o| named_subject(text, tokens, register, o))
                .or_else(|| named_subject(text, tokens, register, last))
        })?
}

/// How many tokens back from a name the reporting verb of an inverted
/// attribution may stand ("said one Rohingya elder, Mohammed Ayaz").
const INVERTED_SPEAKER_TOKENS: usize = 8;

/// Whether the person mention `s`, in paragraph `para`, is named after a
/// reporting verb that follows a quotation ("“…,” said one Rohingya elder,
/// Mohammed Ayaz."): the quote's speaker, whom an epithet after it in the
/// paragraph takes up.
fn inverted_speaker(tokens: &[Token], s: &SubjectMention, para: u32) -> bool {
    let first = tokens.partition_point(|t| t.span().start < s.name.start);
    first < tokens.len()
        && tokens[first].para == para
        && (first.saturating_sub(INVERTED_SPEAKER_TOKENS)..first)
            .rev()
            .take_while(|&k| {
                let t = &tokens[k];
                t.para == para && !t.quoted && (t.is_word() || t.is_punct(','))
            })
            .any(|k| {
                tokens[k].is_lower()
                    && tokens[k].lemma().is_some()
                    && k > 0
                    && tokens[k - 1].quoted
                    && tokens[k - 1].para == para
            })
}

/// Whether the person mention `s` is a relative apposed to a possessive
/// right after a past verb ("named his eldest child, Tengku Puteri Nur
/// Aisyah,"): the verb's object.
fn relative_object(text: &str, tokens: &[Token], s: &SubjectMention) -> bool {
    let first = tokens.partition_point(|t| t.span().start < s.name.start);
    crate::speakers::kin_noun_before(text, tokens, first).is_some_and(|(j, _)| {
        (j.saturating_sub(2)..j)
            .find(|&p| POSSESSIVES.contains(tokens[p].span().as_str(text)))
            .and_then(|p| p.checked_sub(1))
            .is_some_and(|v| crate::speakers::is_past_form(text, &tokens[v]))
    })
}

/// Whether the rest of the sentence after the first token of `range`, up
/// to its end, says "the" and `head` (or its possessive), a definite
/// description of someone else than the subject before it.
fn names_head_after(
    text: &str,
    tokens: &[Token],
    range: std::ops::Range<usize>,
    head: &str,
) -> bool {
    let para = tokens[range.start].para;
    tokens[range.start + 1..range.end.max(range.start + 1)]
        .iter()
        .take_while(|t| {
            t.para == para && (t.quoted || !matches!(t.ascii_char(text), Some(b'.' | b'?' | b'!')))
        })
        .map(|t| t.span().as_str(text))
        .scan(false, |after_the, w| {
            let hit = *after_the && (w == head || crate::text::possessive_stem(w) == Some(head));
            *after_the = is_the(w);
            Some(hit)
        })
        .any(|hit| hit)
}

/// The person the subject `s` asked a reported question of, named right
/// after its "asked" and before a question word ("van der Merwe asked
/// Ndlovu what happened"), among the register's first `before` mentions.
fn asked_person<'r>(
    text: &str,
    tokens: &[Token],
    register: &'r NameRegister<'_>,
    s: &SubjectMention,
    before: usize,
) -> Option<&'r SubjectMention> {
    let ask = s.token + 1;
    if tokens.get(ask)?.lemma() != Some("ask") {
        return None;
    }
    let at = register.subjects[..before].partition_point(|o| o.token <= ask);
    let o = register.subjects[..before].get(at)?;
    let first = tokens.partition_point(|t| t.span().start < o.name.start);
    // (Past a title: "asked Mr. Benedetti how many times".)
    let titled = tokens[ask + 1..first].iter().all(|t| t.has(lexicon::TITLE));
    let question = tokens
        .get(o.token + 1)
        .is_some_and(|t| lexicon::QUESTION_OPENERS.contains(t.span().as_str(text)));
    (titled && question && !o.unnamed).then_some(o)
}

/// The first paragraph of the `back` paragraphs before paragraph `para`,
/// not counting those made of quotation alone (up to
/// [`QUOTED_PARAGRAPHS_SKIPPED`] of them): the words of a quotation that
/// runs over paragraphs keep its speaker the one the text is about ("“…,”
/// said Haugtvedt-Varga. ¶ “… ¶ …” ¶ The 44-year-old said").
fn paragraphs_back(tokens: &[Token], para: u32, back: u32) -> u32 {
    let (mut p, mut left, mut skipped) = (para, back, 0);
    while p > 0 && left > 0 {
        p -= 1;
        let first = tokens.partition_point(|t| t.para < p);
        let quoted_only = tokens[first..]
            .iter()
            .take_while(|t| t.para == p)
            .all(|t| t.quoted || !t.is_word());
        if quoted_only && skipped < QUOTED_PARAGRAPHS_SKIPPED {
            skipped += 1;
        } else {
            left -= 1;
        }
    }
    p
}

/// How many paragraphs of quotation alone [`paragraphs_back`] passes
/// over without counting them.
const QUOTED_PARAGRAPHS_SKIPPED: u32 = 4;

/// How many tokens back an epithet looks for its own earlier use.
const EPITHET_TOKENS_BACK: usize = 1500;

/// The person an earlier use of the epithet with head `head` stood for:
/// the nearest "the …" with that head, up to two words between, opening
/// a sentence as its subject ("The 24-year-old Frenchman beat …").
fn earlier_epithet(
    text: &str,
    tokens: &[Token],
    register: &NameRegister<'_>,
    the_at: usize,
    head: &str,
) -> Option<Span> {
    let lo = the_at.saturating_sub(EPITHET_TOKENS_BACK);
    (lo..the_at)
        .rev()
        .filter(|&k| {
            let t = &tokens[k];
            t.is_word()
                && !t.quoted
                && t.span().len() == head.len()
                && t.span().as_str(text).eq_ignore_ascii_case(head)
        })
        .find_map(|k| {
            let the = (k.saturating_sub(3)..k)
                .find(|&j| tokens[j].span().as_str(text) == "The")
                .filter(|&j| crate::speakers::opens_sentence(text, tokens, j))?;
            // (Its verb after it, any verb: "beat", "has", "said".)
            let verb = tokens.get(k + 1).is_some_and(|v| {
                v.is_word()
                    && v.is_lower()
                    && !v.has(
                        lexicon::TITLE
                            | lexicon::GROUP
                            | lexicon::COMPLEMENT
                            | lexicon::CONJUNCTION,
                    )
            });
            (verb
                && tokens[the + 1..k]
                    .iter()
                    .all(|t| t.is_word() && t.para == tokens[k].para)
                && is_epithet(text, tokens, the, tokens[k].span().as_str(text)))
            .then(|| {
                epithet_subject(
                    text,
                    tokens,
                    register,
                    (the, tokens[k].span().as_str(text), Gender::Unknown),
                    false,
                )
            })
            .flatten()
        })
}

/// Whether an indefinite description with the same head opens shortly
/// before token `the_at`, in its paragraph or the one before ("One GOP
/// senator told Fox News …. “…,” the senator said"): the description then
/// takes up that unnamed person, not someone named before.
fn introduced_unnamed(text: &str, tokens: &[Token], the_at: usize, head: &str) -> bool {
    introduced_unnamed_within(text, tokens, the_at, head, UNNAMED_TOKENS_BACK, 1)
}

/// How many tokens back [`introduced_unnamed`] looks.
const UNNAMED_TOKENS_BACK: usize = 60;

/// [`introduced_unnamed`] within `tokens_back` tokens and `paragraphs`
/// paragraphs before the description's own.
fn introduced_unnamed_within(
    text: &str,
    tokens: &[Token],
    the_at: usize,
    head: &str,
    tokens_back: usize,
    paragraphs: u32,
) -> bool {
    let para = tokens[the_at].para;
    // (The head first, then the article a few words before it.)
    (the_at.saturating_sub(tokens_back)..the_at)
        .rev()
        .take_while(|&k| tokens[k].para.saturating_add(paragraphs) >= para)
        .filter(|&j| {
            let t = &tokens[j];
            // (Nor one a name is apposed to: "A former minister who acted
            // as an intermediary, Youssef Bennacer, told".)
            let named_after = || {
                (j + 1..(j + NAMED_AFTER_TOKENS).min(tokens.len()))
                    .take_while(|&k| tokens[k].para == t.para && !tokens[k].quoted)
                    .find(|&k| tokens[k].is_punct(','))
                    .is_some_and(|c| {
                        // (Set off by commas: not "According to a source
                        // close to the couple, Zalewski proposed".)
                        tokens.get(c + 1).is_some_and(|n| n.name_part)
                            && (c + 2..(c + 6).min(tokens.len()))
                                .take_while(|&k| tokens[k].name_part || tokens[k].is_punct(','))
                                .any(|k| tokens[k].is_punct(','))
                    })
            };
            t.is_word()
                && t.span().as_str(text).eq_ignore_ascii_case(head)
                // (Its head: not "a senator's aide".)
                && tokens.get(j + 1).is_none_or(|n| !n.is_word() || n.is_lower())
                && !named_after()
        })
        .any(|j| {
            (j.saturating_sub(4)..j).any(|k| {
                // (Not one apposed to a name or said of one: "Petra Lund, a
                // new trainee,", "Lund is a trainee".)
                let of_a_name = k >= 2
                    && (tokens[k - 1].is_punct(',')
                        && (tokens[k - 2].name_part || is_definite_title(text, tokens, k - 2))
                        || matches!(
                            tokens[k - 1].span().as_str(text),
                            "is" | "was" | "as" | "became" | "becomes"
                        ));
                // (Of the same phrase: not "a point when their captain".)
                let same_phrase = (k + 1..j).all(|x| {
                    let w = tokens[x].span().as_str(text);
                    !is_the(w)
                        && !POSSESSIVES.contains_ignore_ascii_case(w)
                        && !tokens[x].has(lexicon::SUBORDINATOR)
                });
                crate::speakers::is_indefinite(tokens[k].span().as_str(text))
                    && !of_a_name
                    && same_phrase
            })
        })
}

/// How many tokens after an indefinite description's head the comma
/// before an apposed name may come ("A former minister who acted as an
/// intermediary, Youssef Bennacer,").
const NAMED_AFTER_TOKENS: usize = 10;

/// Whether token `k` is the title heading a definite description ("the
/// minister" of "The minister, a retired police general,").
fn is_definite_title(text: &str, tokens: &[Token], k: usize) -> bool {
    tokens[k].is_lower()
        && tokens[k].has(lexicon::TITLE)
        && (k.saturating_sub(3)..k).any(|j| is_the(tokens[j].span().as_str(text)))
}

/// How many paragraphs back an epithet the text never gave anyone looks
/// for the named subject it stands for ("Ambrose … He says he isn't
/// interested. “…,” the 52-year-old said").
const EPITHET_PARAGRAPHS: u32 = 2;

/// For a subject mention that names a person (a title, several words or
/// a fuller form known), `Some` of its full name when its verb or
/// appositive follows it, or `Some(None)` when it does not: a credit line
/// "Neilson Barnard via Getty Images", a word before a noun, "Olympic
/// champion …". `None` for a one-word name never given in full.
fn named_subject(
    text: &str,
    tokens: &[Token],
    register: &NameRegister<'_>,
    last: &SubjectMention,
) -> Option<Option<Span>> {
    // ("Wardrop, the American who won …": a nationality after "the" is
    // a description, no name.)
    if crate::text::words(last.name.as_str(text))
        .next()
        .is_some_and(is_the)
    {
        return None;
    }
    let full = register
        .fullest_near(text, last.name.as_str(text), last.gender, last.name.start)
        .unwrap_or(last.name);
    if !last.standalone && full == last.name {
        return None;
    }
    // (A verb that takes a complement is a verb: "Brennaman told".)
    // ("Sen. Royce Fentress of Kansas, …": past a place after "of".)
    // ("Femke Vlietinck of the Netherlands finished": and its "the".)
    let mut after = last.token + 1;
    let the = usize::from(
        tokens
            .get(after + 1)
            .is_some_and(|t| t.span().as_str(text) == "the"),
    );
    if tokens
        .get(after)
        .is_some_and(|t| t.span().as_str(text) == "of")
        && tokens.get(after + 1 + the).is_some_and(|t| t.name_part)
    {
        after += 1 + the;
        while tokens.get(after).is_some_and(|t| t.name_part) {
            after += 1;
        }
    }
    // ("Arizona Gov. Celia Manriquez on Friday vetoed": past the day.)
    if tokens
        .get(after)
        .is_some_and(|t| t.span().as_str(text) == "on")
        && tokens
            .get(after + 1)
            .is_some_and(|t| t.has(lexicon::WEEKDAY))
    {
        after += 2;
    }
    // ("Jodie Winterbottom – the conductor’s niece – said": or a dash
    // opening an aside.)
    let clause = tokens.get(after).is_some_and(|n| {
        n.is_punct(',')
            || crate::speakers::is_dash(tokens, after)
            || (n.is_word()
                && n.is_lower()
                && !n.has(lexicon::TITLE | lexicon::GROUP)
                && (!n.has(lexicon::COMPLEMENT) || n.lemma().is_some()))
    });
    // ("“…,” said Okafor.", "“…,” said one elder, Mohammed Ayaz.": a
    // report inverted after a quotation ends its sentence with the name.)
    let inverted = || {
        tokens.get(after).is_some_and(|n| n.is_punct('.'))
            && inverted_speaker(tokens, last, tokens[last.token].para)
    };
    Some((clause || inverted()).then_some(full))
}

/// The one person a run of full names names, if they name one: the same
/// person named more fully ("Harcastle", "Wendell Harcastle") is one;
/// "Bill Clinton" and "Hillary Clinton" are two.
#[derive(Default)]
struct OnePerson {
    found: Option<Span>,
    several: bool,
}

impl OnePerson {
    fn add(&mut self, text: &str, full: Span) {
        let Some(f) = self.found else {
            self.found = Some(full);
            return;
        };
        let (short, long) = if f.len() <= full.len() {
            (f, full)
        } else {
            (full, f)
        };
        let (s, l) = (short.as_str(text), long.as_str(text));
        let same = last_word(s) == last_word(l)
            && crate::text::words(s).all(|w| crate::text::words(l).any(|x| x == w));
        if same {
            self.found = Some(long);
        } else {
            self.several = true;
        }
    }

    fn person(&self) -> Option<Span> {
        self.found.filter(|_| !self.several)
    }
}

/// How many tokens a definite description opening the paragraph after the
/// lede's may take before the name apposed to it, its comma included ("The
/// spokesman, Julian Ferreira-Stokes,"; see [`lede_named_next`]).
const LEDE_NEXT_DESCRIPTION_TOKENS: usize = 5;

/// How many paragraphs ahead an indefinite description looks for the
/// person the text names next ("A Texas border sheriff said …" then
/// "Sheriff Ramon Ybarra").
const PARAGRAPHS_AHEAD: u32 = 3;

/// How many tokens back [`acronym_referent`] reads for the title its
/// initials spell.
const ACRONYM_TOKENS_BACK: usize = 600;

/// The full name of the person a definite description of initials stands
/// for ("the MCE" after "The Metropolitan Chief Executive, Yaw
/// Boakye-Ansah,", "the DA" after "District Attorney Maria Ostrowski"):
/// the last person named right after a capitalised title whose words'
/// initials, past "of", "for" and "and", spell it.
pub(crate) fn acronym_referent(
    text: &str,
    tokens: &[Token],
    register: &NameRegister<'_>,
    mention: Span,
) -> Option<Span> {
    let (first, last) = token_range(tokens, mention)?;
    let initials = tokens[last].span().as_str(text);
    if last != first + 1
        || !is_the(tokens[first].span().as_str(text))
        || !(2..=5).contains(&initials.len())
        || !initials.bytes().all(|b| b.is_ascii_uppercase())
    {
        return None;
    }
    // The words of a title ending at token `end`, read back, spell the
    // initials.
    let spells = |end: usize| {
        let mut want = initials.bytes().rev();
        let mut next = want.next();
        let mut k = end;
        loop {
            let w = tokens[k].span().as_str(text);
            match next {
                None => return true,
                Some(c) if w.as_bytes().first() == Some(&c) && tokens[k].is_capitalised() => {
                    next = want.next();
                }
                _ if matches!(w, "of" | "for" | "and") => {}
                _ => return false,
            }
            if k == 0 {
                return next.is_none();
            }
            k -= 1;
        }
    };
    (first.saturating_sub(ACRONYM_TOKENS_BACK)..first)
        .rev()
        .filter(|&k| k >= 2 && tokens[k].name_part)
        .find_map(|k| {
            // (The title right before the name, maybe with a comma.)
            let end = if tokens[k - 1].is_punct(',') {
                k - 2
            } else {
                k - 1
            };
            if !spells(end) {
                return None;
            }
            let m = crate::speakers::mention_starting_at(text, tokens, k, first)
                .filter(|m| m.is_person_name() && m.first_token == k)?;
            let full = register
                .fullest(text, m.name.as_str(text), m.gender)
                .unwrap_or(m.name);
            full.as_str(text).contains(' ').then_some(full)
        })
}

/// The full name of the person an indefinite description speaker stands
/// for when the text names them just after it, with the description's
/// head noun in their title or appositive: "A federal judge ruled …" then
/// "Judge Harriet Calloway wrote"; "One Republican senator accused …"
/// then "The senator, Dean Pfeiffer of Kansas,".
pub(crate) fn cataphoric_referent(
    text: &str,
    tokens: &[Token],
    register: &NameRegister<'_>,
    mention: Span,
) -> Option<Span> {
    let (first, last) = token_range(tokens, mention)?;
    // ("Mexico's economy minister said …" then "Economy Minister Ignacio
    // Barragán-Ortiz": a possessive place or body opens it too.)
    let opener = tokens.get(first)?;
    let w = opener.span().as_str(text);
    // (So does a body's "its": "Halvard cut its forecast and its chief
    // executive warned …" then "Chief Executive Renata Solberg".)
    // (Or "the" and a noun for a place or a body in the possessive: "the
    // city’s mayor has said" then "Mayor Rachel Dunhill".)
    let possessive = (opener.is_capitalised() && crate::text::is_possessive(w))
        || w.eq_ignore_ascii_case("its")
        || (is_the(w)
            && tokens.get(first + 1).is_some_and(|n| {
                n.is_lower() && crate::text::possessive_stem(n.span().as_str(text)).is_some()
            }));
    // ("The head of Services Australia has apologised …" then "Chief
    // executive Rebecca Tallis told …": a title and its body's name
    // opening the text's first sentence, where no one was named before.)
    // ("The head of the agency that oversees the nation’s air traffic
    // controllers": up to a relative clause on the body.)
    let body_end = (first + 2..last)
        .find(|&k| tokens[k].is_lower() && tokens[k].has(lexicon::RELATIVE))
        .map_or(last, |k| k - 1);
    if w == "The"
        && body_end > first + 2
        && body_end - first <= LEDE_OF_TOKENS
        && opens_the_text(text, tokens, first)
    {
        if let Some(of) = (first + 2..body_end).find(|&k| tokens[k].span().as_str(text) == "of") {
            let head_token = &tokens[of - 1];
            let head = head_token.span().as_str(text);
            // (Or a word a title goes by: "head" for a chief.)
            let person = head_token.has(lexicon::TITLE)
                || crate::speakers::is_person_word(head)
                || TITLE_NOUNS
                    .iter()
                    .any(|(_, nouns)| nouns.iter().any(|n| n.eq_ignore_ascii_case(head)));
            // ("The director of the National Disease Control Agency
            // defended …" then "Dr. Priscilla Ayodeji, who took over the
            // agency in February, …": or the one whose name opens the next
            // paragraph.)
            if head_token.is_lower() && person {
                return named_after(text, tokens, register, last, PARAGRAPHS_AHEAD, head, false)
                    .or_else(|| lede_named_next(text, tokens, register, tokens[first].para, head));
            }
        }
    }
    // ("in what a judge in British Columbia described as": the head before
    // its phrase of place.)
    // ("A former cricket club treasurer accused of stealing …": or
    // before a participle and its preposition.)
    let participle = |k: usize| {
        let w = tokens[k].span().as_str(text);
        (w.ends_with("ed") || w.ends_with("ing"))
            && tokens
                .get(k + 1)
                .is_some_and(|n| n.is_lower() && n.has(lexicon::COMPLEMENT))
    };
    // ("A postwoman who was savaged by a dog": or before its relative
    // clause.)
    let last = (first + 2..=last)
        .find(|&k| {
            tokens[k].is_lower()
                && (tokens[k].has(lexicon::COMPLEMENT | lexicon::RELATIVE) || participle(k))
        })
        .map_or(last, |k| k - 1);
    // ("The judge presiding over the trial … opened jury selection" then
    // "Judge Theresa Okropiridze": or "The" opening the text's first
    // sentence, where no one was named before.)
    // ("… after a tense hearing in which the athletic director at the
    // state’s flagship university warned" then "Athletic director Lorraine
    // Whitcombe-Adeyemi testified": or "the" inside the lede's first
    // sentence.)
    let para_first = tokens.partition_point(|t| t.para < tokens[first].para);
    // (Read back from the description, so that the nearest full stop ends
    // the search: one paragraph may be a whole text.)
    let in_first_sentence = para_first < first
        && opens_the_text(text, tokens, para_first)
        && !tokens[para_first..first]
            .iter()
            .rev()
            .any(|t| t.is_sentence_stop(text));
    let the_lede =
        (w == "The" && opens_the_text(text, tokens, first)) || (w == "the" && in_first_sentence);
    if !(crate::speakers::is_indefinite(w) || possessive || the_lede)
        || last <= first
        || last - first > 5
    {
        return None;
    }
    let head_token = &tokens[last];
    let head = head_token.span().as_str(text);
    // (A title in capitals too: "the area’s MP".)
    // (Or a noun with a person's ending in a lede: "A television
    // presenter told".)
    if !(head_token.is_lower() || head_token.has(lexicon::TITLE))
        || !(head_token.has(lexicon::TITLE)
            || crate::speakers::is_person_word(head)
            || (head_token.is_lower()
                && crate::speakers::has_person_ending(head)
                // (Not a body's word: "Hungary's parliament".)
                && !head_token.has(lexicon::ORGANISATION)
                // ("… raised the alert level, with a senior volcanologist
                // telling …": or inside its first sentence.)
                && (opens_the_text(text, tokens, first) || in_first_sentence)))
        || crate::cues::is_plural_form(head)
    {
        return None;
    }
    let former = is_former(text, &tokens[first..last]);
    // ("A King County Superior Court judge on Friday sentenced …" many
    // paragraphs before "Judge Theresa Vukelich imposed …": a lede's
    // subject may be named far on.)
    let lede = opens_the_text(text, tokens, first);
    // ("Dover's MP has demanded … after the port's chief executive warned
    // …" then, paragraphs on, "Harriet Pemberton-Shaw, chief executive of
    // the Channel Gateway Port Company,": or one later in the lede's
    // sentence.)
    let in_lede = lede || in_first_sentence;
    let reach = if in_lede {
        LEDE_PARAGRAPHS_AHEAD
    } else {
        PARAGRAPHS_AHEAD
    };
    named_after(text, tokens, register, last, reach, head, former).or_else(|| {
        lede.then(|| lede_named_next(text, tokens, register, tokens[first].para, head))
            .flatten()
    })
}

/// The person a lede's description stands for when no later words give
/// its noun ("A television presenter told the High Court …" then "Gemma
/// Hesketh, 44, who has presented …, is suing"): the person whose full
/// name opens the paragraph after the lede's, `lede`. `head` is the
/// description's noun.
fn lede_named_next(
    text: &str,
    tokens: &[Token],
    register: &NameRegister<'_>,
    lede: u32,
    head: &str,
) -> Option<Span> {
    let first = tokens.partition_point(|t| t.para <= lede);
    let t = tokens.get(first).filter(|t| t.para == lede + 1)?;
    let s = register.subjects[register.subjects.partition_point(|s| s.token < first)..]
        .iter()
        .take_while(|s| tokens.get(s.token).is_some_and(|k| k.para == t.para))
        .take(LEDE_NEXT_SUBJECTS)
        // ("Oakhurst's town clerk has resigned …" then "Danielle Vautour's
        // resignation letter …": or the possessor opening it.)
        // ("Dr. Priscilla Ayodeji, who …": past its title.)
        .find(|s| {
            // ("Appearing on the program “Morning Line”, Nikolai Stoyanov
            // was asked": or past an opening phrase of a participle or a
            // preposition and its comma.)
            let name_at = tokens.partition_point(|k| k.span().start < s.name.start);
            let opening_phrase = name_at > first + 1
                && tokens[name_at - 1].is_punct(',')
                && tokens[first..name_at].iter().all(|k| k.para == t.para)
                && (t.has(lexicon::COMPLEMENT | lexicon::CLAUSE_OPENER) || {
                    let w = t.span().as_str(text);
                    w.len() > 5 && w.ends_with("ing")
                });
            // ("The spokesman, Julian Ferreira-Stokes, said": or apposed
            // to a definite description of a person opening it.)
            // ("The administrator, Dr. Evelyn Achebe-Sorensen,": past its
            // title.)
            let titled = (first..name_at)
                .rev()
                .find(|&k| !(tokens[k].has(lexicon::TITLE) && tokens[k].is_capitalised()))
                .map_or(first, |k| k + 1);
            let apposed = titled > first + 2
                && is_the(t.span().as_str(text))
                && tokens[titled - 1].is_punct(',')
                && titled - first <= LEDE_NEXT_DESCRIPTION_TOKENS
                && tokens[first + 1..titled - 1].iter().all(|k| k.is_lower())
                && {
                    let noun = &tokens[titled - 2];
                    let w = noun.span().as_str(text);
                    noun.has(lexicon::TITLE)
                        || crate::speakers::is_person_word(w)
                        || (crate::speakers::has_person_ending(w)
                            && !noun.has(lexicon::ORGANISATION))
                };
            // ("“I trusted the numbers,” Tan Wei Ming, 58, said": or right
            // after the quotation opening it, maybe past its verb.)
            let after_quote = name_at > first
                && t.quoted
                && tokens[first..name_at]
                    .iter()
                    .all(|k| k.para == t.para && (k.quoted || !k.is_word() || k.lemma().is_some()));
            let opens = s.name.start == t.span().start
                || opening_phrase
                || apposed
                || after_quote
                || tokens[first..]
                    .iter()
                    .take_while(|k| k.span().start < s.name.start)
                    .all(|k| k.has(lexicon::TITLE) && k.is_capitalised());
            (s.subject || s.possessor) && opens && s.name.as_str(text).contains(' ')
        })?;
    // ("A lorry driver who killed a young doctor as she cycled …" then "Dr
    // Amira Nabulsi, 29, …": not one whose title names another person of
    // the lede.)
    let lede_words = || {
        let from = tokens.partition_point(|k| k.para < lede);
        tokens[from..first]
            .iter()
            .filter(|k| k.is_lower())
            .map(|k| k.span().as_str(text))
    };
    let titled_other = tokens[first..]
        .iter()
        .take_while(|k| k.span().start < s.name.start)
        .any(|k| {
            let title = k.span().as_str(text).trim_end_matches('.');
            TITLE_NOUNS
                .iter()
                .filter(|(t, _)| t.eq_ignore_ascii_case(title))
                .flat_map(|(_, nouns)| nouns.iter())
                .any(|n| *n != head && lede_words().any(|w| w.eq_ignore_ascii_case(n)))
        });
    if titled_other {
        return None;
    }
    // ("The mother of a 17-year-old boy who died …" then "Cian Linnane,
    // from Ballyvane, died …": a relative's description names two people;
    // the one opening the next paragraph is the relative only as its
    // possessor, "Marama Rangihau’s son", or by a given name of the noun's
    // gender.)
    if lexicon::kin(head).is_some()
        && !s.possessor
        && (lexicon::noun_gender(head).is_none()
            || crate::speakers::given_name_gender(s.name.as_str(text))
                != lexicon::noun_gender(head))
    {
        return None;
    }
    Some(
        register
            .fullest_near(text, s.name.as_str(text), s.gender, s.name.start)
            .unwrap_or(s.name),
    )
}

/// The person an indefinite, possessive or definite description opening
/// the text's first sentence with the noun `head` stands for ("A former
/// first-division coach told …", "England’s chief inspector of prisons
/// has warned …"; see [`lede_named_next`]), if the description comes
/// before token `before`.
fn lede_description_person(
    text: &str,
    tokens: &[Token],
    register: &NameRegister<'_>,
    head: &str,
    before: usize,
) -> Option<Span> {
    // ("England’s chief inspector of prisons has warned": or a place's or
    // a body's possessive.)
    let first = (0..tokens.len().min(FIRST_SENTENCE_TOKENS + 1)).find(|&k| {
        let w = tokens[k].span().as_str(text);
        // ("The anchor at the center of a dispute … told a Senate panel":
        // or "The", where no one was named before.)
        tokens[k].is_capitalised()
            && (crate::speakers::is_indefinite(w) || crate::text::is_possessive(w) || w == "The")
            && opens_the_text(text, tokens, k)
    })?;
    let para = tokens[first].para;
    let h = (first + 1..tokens.len().min(first + LEDE_DESCRIPTION_WORDS + 1))
        .take_while(|&j| tokens[j].para == para && tokens[j].is_word() && tokens[j].is_lower())
        .find(|&j| tokens[j].span().as_str(text) == head)?;
    (h < before)
        .then(|| lede_named_next(text, tokens, register, para, head))
        .flatten()
}

/// How many words after its article a lede's description may name its
/// noun ("A former first-division football coach").
const LEDE_DESCRIPTION_WORDS: usize = 5;

/// How many tokens a title and its body's name opening the text may run
/// ("The director of the National Disease Control Agency").
const LEDE_OF_TOKENS: usize = 8;

/// How many paragraphs after it a description opening the text looks for
/// the person it stands for.
const LEDE_PARAGRAPHS_AHEAD: u32 = 16;

/// How many mentions opening the paragraph after a lede are tried for the
/// person its description stands for ([`lede_named_next`]).
const LEDE_NEXT_SUBJECTS: usize = 4;

/// Whether token `first` opens its paragraph, the first after at most a
/// headline and no person named before it.
pub(crate) fn opens_the_text(text: &str, tokens: &[Token], first: usize) -> bool {
    let para = tokens[first].para;
    let para_first = tokens.partition_point(|t| t.para < para);
    // ("From our correspondent in Lusaka", "By Amara Obi": past a byline
    // between the headline and the text.)
    let byline = para_first > 0 && {
        let before = tokens[para_first - 1].para;
        let start = tokens.partition_point(|t| t.para < before);
        para_first - start <= BYLINE_TOKENS
            && matches!(tokens[start].span().as_str(text), "By" | "From")
    };
    let opened = para - u32::from(byline);
    first <= FIRST_SENTENCE_TOKENS
        && (para_first == first
            || crate::speakers::dateline_end(text, tokens, para_first) == Some(first))
        && !tokens[..first]
            .iter()
            .any(|t| t.name_part && t.para + 1 < opened)
}

/// How many tokens a byline paragraph may take ("From our correspondent
/// in Lusaka").
const BYLINE_TOKENS: usize = 8;

/// How many tokens into a text its first sentence may open (past a
/// headline and a dateline).
const FIRST_SENTENCE_TOKENS: usize = 40;

/// How many paragraphs after the headline its bare role looks for the
/// person it stands for.
const HEADLINE_PARAGRAPHS: u32 = 3;

/// The full name of the person a headline's bare role stands for ("Mayor
/// Says City Budget Is ‘Fully Balanced’" then "Mayor Ruth Calder told
/// reporters …"; "Union Chief: …" then "union president Brandon
/// Tillery"): the first person named in the paragraphs after the headline
/// whose title or appositive gives the role's last word. `headline` is
/// the headline's paragraph.
pub(crate) fn headline_referent(
    text: &str,
    tokens: &[Token],
    register: &NameRegister<'_>,
    mention: Span,
    headline: Option<u32>,
) -> Option<Span> {
    let (first, last) = token_range(tokens, mention)?;
    let para = tokens.get(first)?.para;
    if Some(para) != headline || last < first || last - first > 3 {
        return None;
    }
    // A role in title case ("Governor", "Prominent Pastor"), not a name;
    // or a noun in a headline in sentence case, bare or after a team or a
    // place ("…, mayor says", "Fremantle coach fumes over …").
    let titled = |t: &Token| {
        let w = t.span().as_str(text);
        t.is_word() && t.is_capitalised() && crate::speakers::given_name_gender(w).is_none()
    };
    let role = tokens[first..=last].iter().all(titled)
        || (tokens[last].is_lower() && tokens[first..last].iter().all(titled));
    let head_token = &tokens[last];
    let head = head_token.span().as_str(text);
    let lower = head.to_lowercase();
    if !role
        || !(head_token.has(lexicon::TITLE | lexicon::GROUP)
            || crate::speakers::is_person_word(&lower)
            || crate::speakers::has_person_ending(&lower))
        || crate::cues::is_plural_form(&lower)
    {
        return None;
    }
    let former = is_former(text, &tokens[first..last]);
    named_after(
        text,
        tokens,
        register,
        last,
        HEADLINE_PARAGRAPHS,
        head,
        former,
    )
    .or_else(|| {
        // ("TV presenter tells court …" then "A television presenter told
        // the High Court …" and "Gemma Hesketh, 44, …": the one the lede
        // describes with the same noun.)
        let lede = tokens.partition_point(|t| t.para <= para);
        let opens = crate::speakers::dateline_end(text, tokens, lede).unwrap_or(lede);
        let described = tokens.get(opens).is_some_and(|t| {
            t.para == para + 1 && crate::speakers::is_indefinite(t.span().as_str(text))
        }) && (opens + 1..(opens + 5).min(tokens.len())).any(|k| {
            tokens[k].is_lower() && tokens[k].span().as_str(text).eq_ignore_ascii_case(head)
        });
        described
            .then(|| lede_named_next(text, tokens, register, para + 1, head))
            .flatten()
    })
}

/// The full name of the first person named after token `last`, up to
/// `paragraphs` paragraphs on, whose title or appositive gives `head`
/// (not a possessor: "Senator Omar Brandt's anger").
fn named_after(
    text: &str,
    tokens: &[Token],
    register: &NameRegister<'_>,
    last: usize,
    paragraphs: u32,
    head: &str,
    former: bool,
) -> Option<Span> {
    let para = tokens[last].para;
    let wanted = Wanted::new(head, if former { vec!["former"] } else { Vec::new() });
    let after = register.subjects.partition_point(|s| s.token <= last);
    register.subjects[after..]
        .iter()
        .take(MENTIONS_BACK)
        .take_while(|s| tokens[s.token].para <= para + paragraphs)
        .filter(|s| !s.possessor)
        .find(|s| is_described(text, tokens, s, &wanted))
        .map(|s| {
            register
                .fullest_near(text, s.name.as_str(text), s.gender, s.name.start)
                .unwrap_or(s.name)
        })
}

/// Whether words before a description's head make it a former office
/// ("a former aide", "Ex-biotech director").
fn is_former(text: &str, words: &[Token]) -> bool {
    words.iter().any(|t| {
        let w = t.span().as_str(text);
        w.eq_ignore_ascii_case("former")
            || w.get(..3)
                .is_some_and(|p| p.eq_ignore_ascii_case("ex-") && w.len() > 3)
    })
}

/// The first and last token of `mention`.
fn token_range(tokens: &[Token], mention: Span) -> Option<(usize, usize)> {
    let first = tokens.partition_point(|t| t.span().start < mention.start);
    let last = tokens
        .partition_point(|t| t.span().end <= mention.end)
        .checked_sub(1)?;
    Some((first, last))
}

/// Of the namesakes with the last word `surname`, the elder (`elder`) or
/// the younger one, as the text tells which is which: an age after one's
/// full name ("Leilani Kamaka, 29,"), or a noun for a parent or a child
/// before it ("His son, Officer Kyle Pritchett", "her mother, Loretta
/// Bearspaw") or in its appositive ("Thomas Ulrich, his 49-year-old
/// son,"). Only namesakes whose gender fits `gender` count. `None` when
/// the text does not tell.
pub(crate) fn namesake_by_seniority(
    text: &str,
    tokens: &[Token],
    register: &NameRegister,
    surname: &str,
    elder: bool,
    gender: lexicon::Gender,
) -> Option<Span> {
    let names: Vec<Span> = register.namesakes_of_gender(surname, gender).collect();
    if names.len() < 2 {
        return None;
    }
    // (-1 a child, 1 a parent, 0 not told; the first age given.)
    let mut kin = vec![0i8; names.len()];
    let mut age: Vec<Option<u32>> = vec![None; names.len()];
    for (i, first, after) in namesake_mentions(text, tokens, register, &names) {
        if kin[i] == 0 {
            kin[i] = match crate::speakers::kin_noun_before(text, tokens, first) {
                Some((_, lexicon::Kin::Parent)) => 1,
                Some((_, lexicon::Kin::Child)) => -1,
                // ("his younger brother, Kwame Danquah": a sibling said
                // to be younger or older.)
                Some((j, lexicon::Kin::Other)) => {
                    match j.checked_sub(1).map(|p| tokens[p].span().as_str(text)) {
                        Some("younger" | "little" | "baby") => -1,
                        Some("older" | "elder" | "big") => 1,
                        _ => 0,
                    }
                }
                // ("Representative Thomas Ulrich, his 49-year-old son,":
                // or in the appositive after the name.)
                None => kin_in_appositive(text, tokens, after).map_or(0, |k| match k {
                    lexicon::Kin::Parent => 1,
                    lexicon::Kin::Child => -1,
                    lexicon::Kin::Other => 0,
                }),
            };
        }
        if age[i].is_none() {
            age[i] = age_after(text, tokens, after);
        }
    }
    let sign = if elder { 1 } else { -1 };
    // Ages, when two or more differ.
    let aged: Vec<(usize, i64)> = (0..names.len())
        .filter_map(|i| age[i].map(|a| (i, sign * i64::from(a))))
        .collect();
    if let Some(&(best, top)) = aged.iter().max_by_key(|&&(_, a)| a) {
        if aged.len() >= 2 && aged.iter().filter(|&&(_, a)| a == top).count() == 1 {
            return Some(names[best]);
        }
    }
    // A parent or a child: the one told to be the kin wanted, or of two,
    // the other of the one told to be the kin not wanted.
    let wanted: Vec<usize> = (0..names.len())
        .filter(|&i| i32::from(kin[i]) == sign as i32)
        .collect();
    if let [one] = wanted[..] {
        return Some(names[one]);
    }
    if wanted.is_empty() && names.len() == 2 {
        match (kin[0], kin[1]) {
            (0, k) if i32::from(k) == -(sign as i32) => return Some(names[0]),
            (k, 0) if i32::from(k) == -(sign as i32) => return Some(names[1]),
            _ => {}
        }
    }
    None
}

/// Of the namesakes called `surname`, the one whose age the text gave as
/// `age` ("9-month-old Wren Okwudiba, whose mother, Chioma Okwudiba, 31,
/// …" then "Okwudiba, 31, said"): the one person given that age, or
/// else the one person of no other age when all the others were given
/// one.
pub(crate) fn namesake_by_age(
    text: &str,
    tokens: &[Token],
    register: &NameRegister,
    surname: &str,
    wanted: u32,
) -> Option<Span> {
    let names: Vec<Span> = register.namesakes(surname).collect();
    if names.len() < 2 {
        return None;
    }
    let mut age: Vec<Option<u32>> = vec![None; names.len()];
    for (i, first, after) in namesake_mentions(text, tokens, register, &names) {
        if age[i].is_none() {
            age[i] = age_after(text, tokens, after)
                .or_else(|| age_before(text, tokens, first))
                .or_else(|| {
                    // ("Lucía Montesinos, a 22-year-old nursing student")
                    let [comma, a, _] = tokens.get(after..after + 3)? else {
                        return None;
                    };
                    (comma.is_punct(',') && crate::speakers::is_indefinite(a.span().as_str(text)))
                        .then(|| age_before(text, tokens, after + 3))
                        .flatten()
                });
        }
    }
    let given: Vec<usize> = (0..names.len())
        .filter(|&i| age[i] == Some(wanted))
        .collect();
    if let [one] = given[..] {
        return Some(names[one]);
    }
    let unknown: Vec<usize> = (0..names.len()).filter(|&i| age[i].is_none()).collect();
    match (given.len(), &unknown[..]) {
        (0, [one]) => Some(names[*one]),
        _ => None,
    }
}

/// Each mention in full of one of the namesakes `names`: the namesake's
/// index, the mention's first token and the token after it.
fn namesake_mentions<'a>(
    text: &'a str,
    tokens: &'a [Token],
    register: &'a NameRegister,
    names: &'a [Span],
) -> impl Iterator<Item = (usize, usize, usize)> + 'a {
    register.full_mentions().iter().filter_map(move |s| {
        let i = names
            .iter()
            .position(|n| n.as_str(text) == s.as_str(text))?;
        let first = tokens.partition_point(|t| t.span().start < s.start);
        let after = tokens.partition_point(|t| t.span().start < s.end);
        Some((i, first, after))
    })
}

/// The age in "29-year-old" right before a name opening at token
/// `first` (0 for an age in months or weeks: "9-month-old").
fn age_before(text: &str, tokens: &[Token], first: usize) -> Option<u32> {
    let w = tokens.get(first.checked_sub(1)?)?.span().as_str(text);
    if w.ends_with("-month-old") || w.ends_with("-week-old") {
        return Some(0);
    }
    let age: u32 = w.strip_suffix("-year-old")?.parse().ok()?;
    (1..=120).contains(&age).then_some(age)
}

/// The relation a possessive's noun for a relative gives the person
/// named before token `after`, in the appositive right after the name
/// (", his 49-year-old son,", ", her mother,").
fn kin_in_appositive(text: &str, tokens: &[Token], after: usize) -> Option<lexicon::Kin> {
    let comma = tokens.get(after)?;
    let owner = tokens.get(after + 1)?;
    if !comma.is_punct(',')
        || !matches!(owner.span().as_str(text), "his" | "her" | "their")
        || owner.para != comma.para
    {
        return None;
    }
    (after + 2..(after + 5).min(tokens.len()))
        .take_while(|&k| {
            let t = &tokens[k];
            t.para == comma.para && (t.is_lower() || is_age_or_height(t.span().as_str(text)))
        })
        .find_map(|k| lexicon::kin(tokens[k].span().as_str(text)))
}

/// The age in ", 29," or " (29)" after a name ending before token `after`.
pub(crate) fn age_after(text: &str, tokens: &[Token], after: usize) -> Option<u32> {
    let [comma, n, close] = tokens.get(after..after + 3)? else {
        return None;
    };
    // (Or in brackets: "Tommy Considine (81) said".)
    let bracketed = comma.is_punct('(') && close.is_punct(')');
    if !bracketed && (!comma.is_punct(',') || !(close.is_punct(',') || close.is_punct('.'))) {
        return None;
    }
    let age: u32 = n.span().as_str(text).parse().ok()?;
    (1..=120).contains(&age).then_some(age)
}

/// Whether a definite description is an epithet for someone just named:
/// an age ("the 20-year-old"), a nationality ("the Scot") or a party ("the
/// Democrat"), alone or after a place ("the Sioux City Republican"), or a
/// noun for a person after an age ("the 71-year-old retired librarian"),
/// or a parent of so many children ("the mother of three").
fn is_epithet(text: &str, tokens: &[Token], the_at: usize, head: &str) -> bool {
    let Some(h) = tokens.get(the_at + 1) else {
        return false;
    };
    if !is_the(tokens[the_at].span().as_str(text)) {
        return false;
    }
    let epithet = |h: &Token| {
        h.span().as_str(text) == head
            && (is_age_or_height(head)
                || (h.is_capitalised() && h.has(lexicon::GROUP | lexicon::PARTY)))
    };
    let ranked = (the_at + 2..the_at + 6)
        .take_while(|&k| tokens.get(k).is_some_and(|t| t.para == h.para))
        .any(|k| tokens[k].span().as_str(text) == head && is_ranking(text, tokens, k));
    // ("the mother of three", "the father of two": a parent of so many
    // children.)
    let parent = h.span().as_str(text) == head
        && lexicon::kin(head) == Some(lexicon::Kin::Parent)
        && tokens
            .get(the_at + 2)
            .is_some_and(|t| t.span().as_str(text) == "of")
        && tokens
            .get(the_at + 3)
            .is_some_and(|t| crate::speakers::is_number(t.span().as_str(text)));
    // ("Ross, 29, had made a string of fine saves …. “…,” the goalkeeper
    // said": a player's position.)
    // ("the young forward", "the Foxes forward": a word or two before it,
    // an adjective or the team's name.)
    let position = PLAYING_POSITIONS.contains(head)
        && (the_at + 1..the_at + 4)
            .take_while(|&k| {
                tokens
                    .get(k)
                    .is_some_and(|t| t.para == h.para && t.is_word())
            })
            .find(|&k| tokens[k].span().as_str(text) == head)
            .is_some_and(|k| {
                tokens[the_at + 1..k].iter().all(|t| {
                    t.lemma().is_none()
                        && !t.has(lexicon::TITLE | lexicon::ORGANISATION)
                        && !crate::speakers::is_person_word(t.span().as_str(text))
                })
            });
    if epithet(h) || ranked || parent || position {
        return true;
    }
    // With words before the head: a place before a party ("the Georgia
    // Republican", "the Sioux City Republican"), an age before a noun for
    // a person ("the 34-year-old actress").
    let w = h.span().as_str(text);
    let place = |t: &Token| t.is_capitalised() && !t.has(lexicon::NOT_NAME | lexicon::TITLE);
    let party_at = (the_at + 2..the_at + 5)
        .take_while(|&k| tokens.get(k).is_some_and(|t| t.para == h.para))
        .find(|&k| !place(&tokens[k]) || tokens[k].has(lexicon::PARTY))
        .filter(|&k| tokens[the_at + 1..k].iter().all(place));
    let party = party_at.is_some_and(|k| {
        let p = &tokens[k];
        p.span().as_str(text) == head && p.is_capitalised() && p.has(lexicon::PARTY)
    });
    // ("the 71-year-old retired librarian": a word or two may come
    // between the age and the noun.)
    // (Or a party or a nationality: "the 64-year-old Democrat", "the
    // 22-year-old Italian".)
    let aged = is_news_modifier(w)
        && (the_at + 2..the_at + 5)
            .take_while(|&k| {
                tokens
                    .get(k)
                    .is_some_and(|t| t.para == h.para && t.is_word())
            })
            .any(|k| {
                let t = &tokens[k];
                // ("the 59-year-old Chief Constable": or a title.)
                // ("the 68-year-old developer", "the 35-year-old lock": a
                // person's age makes any noun a person's but a document's,
                // or a body's other than a maker's or a seller's.)
                let aged_person = || {
                    age_before(text, tokens, the_at + 2).is_some_and(|a| a < PERSON_AGE)
                        && !(t.has(lexicon::STATEMENT_NOUN)
                            || is_document_noun(head)
                            || (is_body_noun(head) && !crate::speakers::has_person_ending(head)))
                };
                t.span().as_str(text) == head
                    && ((t.is_lower() && (crate::speakers::is_person_word(head) || aged_person()))
                        || (k == the_at + 2
                            && t.is_capitalised()
                            && t.has(lexicon::PARTY | lexicon::GROUP))
                        || (t.is_capitalised() && t.has(lexicon::TITLE)))
            });
    // ("the Danish midfielder", "the Queensland skipper": a place or a
    // nationality or two before a noun for a person.)
    // ("the Ashcott head coach": a lower-case word of the office may
    // come between.)
    let placed = (the_at + 2..the_at + 4)
        .take_while(|&k| tokens.get(k).is_some_and(|t| t.para == h.para))
        .find(|&k| !place(&tokens[k]))
        .filter(|&k| tokens[the_at + 1..k].iter().all(place))
        .map(|k| {
            let office_word = OFFICE_QUALIFIERS.contains(tokens[k].span().as_str(text))
                && tokens.get(k + 1).is_some_and(|t| {
                    t.para == h.para && t.is_lower() && t.span().as_str(text) == head
                });
            if office_word {
                k + 1
            } else {
                k
            }
        })
        .is_some_and(|k| {
            // (Or a title in capitals: "the Dublin South-Central TD".)
            let t = &tokens[k];
            t.span().as_str(text) == head
                && ((t.is_lower() && crate::speakers::is_person_word(head))
                    || (t.has(lexicon::TITLE) && crate::text::in_capitals(head)))
                && !tokens[the_at + 1..k]
                    .iter()
                    .any(|p| p.has(lexicon::ORGANISATION))
        });
    party || aged || placed
}

/// The age from which an aged noun is a body's, not a person's ("the
/// 130-year-old drugmaker" is a company); `age_before` reads ages up to 120.
const PERSON_AGE: u32 = 100;

/// Nouns for a player's position, which sports reports use as an epithet
/// for the player just named ("the goalkeeper said").
const PLAYING_POSITIONS: ShortList = ShortList::new(&[
    "goalkeeper",
    "keeper",
    "striker",
    "midfielder",
    "defender",
    "winger",
    "forward",
    "quarterback",
    "pitcher",
    "shortstop",
    "batsman",
    "batter",
    "bowler",
    "all-rounder",
    "wicketkeeper",
    "fly-half",
    "scrum-half",
    "full-back",
    "fullback",
    "halfback",
    "flanker",
    "goaltender",
    "goalie",
    "linebacker",
    "receiver",
]);

/// Words that qualify an office between a place and the noun for it ("the
/// Ashcott head coach", "the Leinster team doctor").
const OFFICE_QUALIFIERS: ShortList = ShortList::new(&[
    "head",
    "assistant",
    "deputy",
    "interim",
    "acting",
    "team",
    "club",
]);

/// Whether a modifier tells news of a person that a description may give
/// first: an age ("51-year-old"), a count of terms or of wins
/// ("three-term", "two-time").
fn is_news_modifier(w: &str) -> bool {
    w.ends_with("-year-old") || w.ends_with("-term") || w.ends_with("-time")
}

/// Whether a word gives an age or a height ("51-year-old", "7-footer"):
/// an epithet the text may never have given anyone.
fn is_age_or_height(w: &str) -> bool {
    // (And a pitcher's or a batter's hand, a like measure of the body:
    // "the right-hander".)
    // ("the octogenarian", "the nonagenarian": or a decade of life.)
    w.ends_with("-year-old")
        || w.ends_with("-footer")
        || w.ends_with("-hander")
        || (w.len() > 10 && w.ends_with("genarian"))
        || w == "centenarian"
}

/// Whether token `k` is the number of a ranking ("the world No 31", "the
/// world number 2"): a player the text is about.
pub(crate) fn is_ranking(text: &str, tokens: &[Token], k: usize) -> bool {
    k > 0
        && tokens
            .get(k)
            .is_some_and(|t| crate::speakers::is_number(t.span().as_str(text)))
        && {
            let before = |j: usize| tokens.get(j).map_or("", |t| t.span().as_str(text));
            matches!(before(k - 1), "No" | "No." | "number")
                || (before(k - 1) == "." && before(k.wrapping_sub(2)) == "No")
        }
}

/// Nouns for a document that a person or a party wrote, sent or filed
/// ("the memo adds", "the email read", "the complaint says"): the
/// description stands for its author.
pub(crate) const AUTHORED_NOUNS: ShortList = ShortList::new(&[
    "memo",
    "memorandum",
    "letter",
    "email",
    "e-mail",
    "message",
    "note",
    "post",
    "tweet",
    "caption",
    "complaint",
    "lawsuit",
    "suit",
    "filing",
    "submission",
    "affidavit",
    "deposition",
    "report",
    "study",
    "audit",
    "survey",
    "analysis",
]);

/// Verbs that publish or send a document: as participles before "by"
/// and its author ("a report released last month by the Office of
/// Inspector General"), or past tenses before it with its author as their
/// subject ("Fourteen utilities had submitted a joint letter").
pub(crate) const PUBLISHING_VERBS: ShortList = ShortList::new(&[
    "released",
    "published",
    "issued",
    "prepared",
    "written",
    "compiled",
    "produced",
    "conducted",
    "carried",
    "filed",
    "sent",
    "signed",
    "submitted",
    "delivered",
    "wrote",
    "drafted",
    "penned",
    "circulated",
    "distributed",
]);

/// Nouns among [`AUTHORED_NOUNS`] for a document a person writes to
/// someone ("the letter"), whose author, when the text never named it
/// before, is the one who "wrote" just before.
pub(crate) const LETTER_NOUNS: ShortList =
    ShortList::new(&["letter", "email", "e-mail", "memo", "note", "message"]);

/// Nouns among [`AUTHORED_NOUNS`] for a suit, whose author is the party
/// that sued ("Tessaract Medical Inc. sued …. “…,” the complaint says").
pub(crate) const SUIT_NOUNS: ShortList =
    ShortList::new(&["complaint", "lawsuit", "suit", "filing"]);

/// Nouns for a document, [`AUTHORED_NOUNS`] or others ("the report", "the
/// ruling"): no person a description stands for.
pub(crate) fn is_document_noun(w: &str) -> bool {
    AUTHORED_NOUNS.contains_ignore_ascii_case(w)
        || OTHER_DOCUMENT_NOUNS.contains_ignore_ascii_case(w)
}

/// Nouns for documents other than [`AUTHORED_NOUNS`].
const OTHER_DOCUMENT_NOUNS: ShortList = ShortList::new(&[
    "ruling",
    "order",
    "document",
    "editorial",
    "article",
    "poll",
    "release",
    "transcript",
]);

/// Nouns for a body that a description uses for an organisation named
/// before ("Acme Corp. reported … “…,” the company said").
const BODY_NOUNS: ShortList = ShortList::new(&[
    "company",
    "firm",
    "bank",
    "agency",
    "ministry",
    "department",
    "retailer",
    "club",
    "union",
    "carmaker",
    "maker",
    "airline",
    "insurer",
    "lender",
    "network",
    "broadcaster",
    "newspaper",
    "council",
    "district",
    "government",
    "hospital",
    "university",
    "charity",
    "organisation",
    "organization",
    "forecaster",
    "regulator",
    "watchdog",
    "party",
    "campaign",
    "team",
    "board",
    "committee",
    "school",
    "court",
    "service",
    "institute",
    "foundation",
    "association",
    "utility",
    "operator",
    "manufacturer",
    "automaker",
    "chain",
    "grocer",
    "brewer",
    "publisher",
    "developer",
    "supplier",
    "producer",
    "provider",
    "carrier",
    "railway",
    "railroad",
    "conglomerate",
    "startup",
    "start-up",
    "app",
    "platform",
    "miner",
    "group",
    "brokerage",
    "bloc",
    "alliance",
    "coalition",
    "federation",
    "guild",
    "fund",
    "trust",
    "authority",
    "commission",
    "label",
    "studio",
    "museum",
    "gallery",
    "festival",
    "theatre",
    "theater",
    "orchestra",
    "church",
    "diocese",
    "archdiocese",
    "co-operative",
    "cooperative",
    "co-op",
    "militia",
    "force",
    "mission",
    "outlet",
    "station",
    "magazine",
    "academy",
    "college",
    "exchange",
    "embassy",
    "consortium",
    "bureau",
    "secretariat",
    "directorate",
    "inspectorate",
    "office",
    "house",
    "processor",
    "distributor",
    "wholesaler",
    "haulier",
    "brand",
    "scheme",
    "forum",
    "observatory",
    "society",
    "league",
    "movement",
]);

/// Whether `w` is a noun for a kind of body ("carrier", "startup").
pub(crate) fn is_body_noun(w: &str) -> bool {
    BODY_NOUNS.contains_ignore_ascii_case(w)
}

/// Whether a word is a noun for a company ("the retailer", "the miner"),
/// which the text's own company may be called by.
pub(crate) fn is_company_noun(w: &str) -> bool {
    COMPANY_NOUNS.contains_ignore_ascii_case(w)
}

/// Nouns for a business, of [`BODY_NOUNS`].
const COMPANY_NOUNS: ShortList = ShortList::new(&[
    "company",
    "firm",
    "bank",
    "retailer",
    "carmaker",
    "automaker",
    "maker",
    "manufacturer",
    "airline",
    "carrier",
    "insurer",
    "lender",
    "utility",
    "operator",
    "chain",
    "grocer",
    "brewer",
    "developer",
    "supplier",
    "producer",
    "provider",
    "conglomerate",
    "startup",
    "start-up",
    "app",
    "platform",
    "miner",
    "brokerage",
    "exchange",
    "house",
    "processor",
    "distributor",
    "wholesaler",
    "haulier",
    "brand",
]);

/// Whether a speaker's mention is a definite description of a body ("the
/// company", "the engine maker"), which stands for the organisation that
/// spoke last before it.
/// Nouns for a body of any kind ("the company" for Pellston Bank, "the
/// agency" for the World Health Organization).
const GENERIC_BODY_NOUNS: ShortList = ShortList::new(&[
    "company",
    "firm",
    "group",
    "agency",
    "organisation",
    "organization",
]);

/// Whether the name of an organisation says it is the kind of body a
/// description's head noun is: the noun fits any body ("the company"), or
/// the name holds it ("the association" for the Pharmaceutical Care
/// Management Association).
pub(crate) fn name_fits_head(name: &str, head: &str) -> bool {
    fits_any_body(head) || name_says_kind(name, head)
}

/// Whether a word of a body's name says it is the kind of body a
/// description's noun `head` names ("Tyneford United" for "the club").
pub(crate) fn name_says_kind(name: &str, head: &str) -> bool {
    crate::text::words(name).any(|w| same_kind_of_body(w, head))
}

/// Whether a description's head noun fits a body of any kind ("the
/// company", "the agency").
pub(crate) fn fits_any_body(head: &str) -> bool {
    GENERIC_BODY_NOUNS.contains_ignore_ascii_case(head)
}

/// Words for the kinds of body that a description's noun may name by
/// another word ("the union" for the Harlow Education Association, "the
/// regulator" for the Financial Conduct Authority).
const BODY_SYNONYMS: &[(&str, &[&str])] = &[
    (
        "union",
        &[
            "association",
            "federation",
            "guild",
            "confederation",
            "sindicato",
            "syndicat",
            "sindacato",
            "confederación",
            "confédération",
            // ("the Amalgamated Transit Workers", "the International
            // Brotherhood of Teamsters")
            "workers",
            "employees",
            "brotherhood",
            "teamsters",
        ],
    ),
    ("regulator", &["authority", "commission", "agency", "board"]),
    (
        "association",
        &[
            "forum",
            "society",
            "federation",
            "league",
            "guild",
            "council",
        ],
    ),
    ("watchdog", &["authority", "commission", "agency", "office"]),
    ("charity", &["trust", "foundation", "fund"]),
    ("foundation", &["fund", "trust", "endowment"]),
    ("hospital", &["center", "centre", "infirmary"]),
    ("council", &["authority", "corporation"]),
    ("label", &["records", "recordings", "music"]),
    ("airline", &["air", "airways", "airlines"]),
    ("carrier", &["air", "airways", "airlines"]),
    (
        "party",
        &[
            "union",
            "alliance",
            "front",
            "partido",
            "parti",
            "partito",
            "congress",
            "league",
            "movement",
            "coalition",
        ],
    ),
    ("studio", &["studios", "pictures", "productions"]),
    // (Spanish, Portuguese, French and Italian names: "the bank" for the
    // Banco Central de Valmora.)
    // ("the bank" for Westmere Banking Group.)
    ("bank", &["banco", "banque", "banca", "banking", "bancorp"]),
    (
        "ministry",
        &["ministerio", "ministério", "ministère", "ministero"],
    ),
    (
        "university",
        &["universidad", "universidade", "université", "università"],
    ),
    ("institute", &["instituto", "institut", "istituto"]),
    ("court", &["tribunal", "corte"]),
    ("council", &["consejo", "conselho", "conseil"]),
    (
        "company",
        &["empresa", "compañía", "companhia", "compagnie", "compagnia"],
    ),
    (
        "militia",
        &["forces", "army", "brigade", "brigades", "front"],
    ),
    // ("The force said" for the Millbrook and District Police.)
    ("force", &["police", "constabulary", "service"]),
    // ("The club said" for Tyneford United.)
    (
        "club",
        &[
            "fc",
            "afc",
            "united",
            "city",
            "town",
            "rovers",
            "wanderers",
            "athletic",
            "albion",
            "rangers",
            "hotspur",
        ],
    ),
];

/// Whether a body's name ending in `kind` is the kind of body `head`
/// names: the same word, or one of [`BODY_SYNONYMS`].
fn same_kind_of_body(kind: &str, head: &str) -> bool {
    kind.eq_ignore_ascii_case(head)
        || BODY_SYNONYMS.iter().any(|(h, kinds)| {
            h.eq_ignore_ascii_case(head) && kinds.iter().any(|k| k.eq_ignore_ascii_case(kind))
        })
}

/// Whether a description of a body ("the company", "the Trump campaign")
/// can stand for the organisation named `name`: its capitalised words are
/// in the name ("the Trump campaign" is no newspaper), and a name that
/// ends in a noun for a body is that kind of body ("the bank" for Pellston
/// Bank, not "the hospital" for the Massachusetts Nurses Association)
/// unless the description's noun fits any body.
pub(crate) fn description_fits_body(described: &str, name: &str) -> bool {
    let head = last_word(described);
    let kind = last_word(name);
    // ("The Port Amberley-based platform": a place the body is based in
    // is no word of its name.)
    let words: Vec<&str> = crate::text::words(described).skip(1).collect();
    let placed = words
        .iter()
        .rposition(|w| is_placed_modifier(w))
        .map_or(0, |p| p + 1);
    // ("the adjudicator’s office" is the Long-term Insurance
    // Adjudicator's, no Alexandra Advice Office: a possessive's noun is a
    // word of the name.)
    words[placed..]
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .all(|w| crate::text::words(name).any(|n| n == *w))
        && words[placed..]
            .iter()
            .filter_map(|w| {
                crate::text::possessive_stem(w).filter(|s| s.starts_with(char::is_lowercase))
            })
            .all(|p| {
                crate::text::words(name).any(|n| {
                    crate::text::possessive_stem(n)
                        .unwrap_or(n)
                        .eq_ignore_ascii_case(p)
                })
            })
        // ("the government" is no Hanul Engineering: a company's word
        // ending the name is no government's or members' body.)
        && !(lexicon::entry(kind).is_some_and(|e| e.has(lexicon::COMPANY))
            && (GOVERNMENT_NOUNS.contains_ignore_ascii_case(head)
                || MEMBERS_BODY_NOUNS.contains_ignore_ascii_case(head))
            && !name_says_kind(name, head))
        && (!BODY_NOUNS.contains_ignore_ascii_case(kind)
            || same_kind_of_body(kind, head)
            // ("the bank" for Westmere Banking Group: a word before the
            // last may say the kind.)
            || name_says_kind(name, head)
            // ("the company" is no "Kumbhigarh Cha Bagan Mazdoor Union".)
            || (GENERIC_BODY_NOUNS.contains_ignore_ascii_case(head)
                && (is_company_noun(kind)
                    || !matches!(head, "company" | "firm")
                    || business_group(name))
                // ("the agency" is no Irish Social Care Union.)
                && !(head.eq_ignore_ascii_case("agency")
                    && MEMBERS_BODY_NOUNS.contains_ignore_ascii_case(kind))))
}

/// Nouns for a government or one of its arms, which no company's name
/// ("Hanul Engineering", "Alabama Power") is.
const GOVERNMENT_NOUNS: ShortList = ShortList::new(&[
    "government",
    "ministry",
    "department",
    "council",
    "court",
    "parliament",
    "legislature",
    "administration",
    "police",
    "army",
    "navy",
]);

/// Nouns for a body of members, which "the agency" never stands for
/// ("Irish Social Care Union", "Nurses Association").
const MEMBERS_BODY_NOUNS: ShortList = ShortList::new(&[
    "union",
    "association",
    "federation",
    "party",
    "club",
    "league",
    "society",
    "coalition",
    "alliance",
    "movement",
    "congress",
    "guild",
]);

/// Words before "Group" that make a group of people, not a business
/// ("Environmental Working Group", "Save the Valley Action Group").
const NON_BUSINESS_GROUP_WORDS: ShortList = ShortList::new(&[
    "action",
    "working",
    "campaign",
    "advocacy",
    "support",
    "research",
    "parliamentary",
    "study",
    "interest",
    "pressure",
    "residents",
    "community",
    "rights",
    "contact",
    "steering",
    "advisory",
]);

/// Whether a body's name ending in "Group" names a business ("Arden Motor
/// Group", "Tata Group"), which "the company" may stand for: none of its
/// words makes it a group of people.
fn business_group(name: &str) -> bool {
    last_word(name) == "Group"
        && !crate::text::words(name).any(|w| NON_BUSINESS_GROUP_WORDS.contains_ignore_ascii_case(w))
}

/// Whether a modifier tells where a body is ("Manchester-based",
/// "Texas-headquartered").
pub(crate) fn is_placed_modifier(w: &str) -> bool {
    ["-based", "-headquartered", "-registered"]
        .iter()
        .any(|s| w.ends_with(s))
}

/// How many words before its body's word a body's name may open
/// ("Nurses and Midwives Federation").
const BODY_NAME_WORDS: usize = 6;

/// The first token of the body's name that the body's word at token `w`
/// ends or stands in ("Federation" of "the Nurses and Midwives Federation
/// of Ireland"), no further back than token `floor`: back over the name's
/// words and its "of", "for" and "and", to the first name word.
pub(crate) fn body_name_start(text: &str, tokens: &[Token], w: usize, floor: usize) -> usize {
    let mut k = w;
    while k > floor
        && w - k < BODY_NAME_WORDS
        && tokens[k - 1].para == tokens[w].para
        && (tokens[k - 1].name_part
            || matches!(tokens[k - 1].span().as_str(text), "of" | "for" | "and"))
    {
        k -= 1;
    }
    while !tokens[k].name_part {
        k += 1;
    }
    k
}

/// How many tokens on a possessive description of a body looks for the
/// body's name ([`body_named_after`]).
const BODY_TOKENS_AHEAD: usize = 160;

/// The name of the body a possessive description of one stands for when
/// the text names it just after ("… in what their union described as
/// “…”", then "the Academic Staff Union said"): the first body's name
/// after it, within [`BODY_TOKENS_AHEAD`] tokens, that says it is the
/// description's kind of body ("the union" for a union, a federation or
/// a guild).
pub(crate) fn body_named_after(text: &str, tokens: &[Token], mention: Span) -> Option<Span> {
    // (The cheap test first: this runs for every speaker without a
    // referent.)
    let words = mention.as_str(text);
    if !["their ", "Their ", "its ", "Its "]
        .iter()
        .any(|p| words.starts_with(p))
    {
        return None;
    }
    let (first, last) = token_range(tokens, mention)?;
    if last != first + 1
        || !tokens[last].is_lower()
        || !BODY_NOUNS.contains(tokens[last].span().as_str(text))
        || GENERIC_BODY_NOUNS.contains(tokens[last].span().as_str(text))
    {
        return None;
    }
    let head = tokens[last].span().as_str(text);
    let end = tokens.len().min(last + BODY_TOKENS_AHEAD);
    (last + 1..end).find_map(|k| {
        let t = &tokens[k];
        if !(t.is_capitalised() && t.name_part && t.has(lexicon::ORGANISATION)) {
            return None;
        }
        let kind = t.span().as_str(text);
        if !same_kind_of_body(kind, head) {
            return None;
        }
        let s = body_name_start(text, tokens, k, last + 1);
        let m = crate::speakers::mention_starting_at(text, tokens, s, end)?;
        (m.kind == crate::speakers::MentionKind::Name
            && m.name.end >= t.span().end
            && m.name.start < t.span().start)
            .then_some(m.name)
    })
}

/// Nouns for a body that a description may put after the body's own name
/// ("the state-run Xinhua news agency", "the pro-government Daily Sabah
/// newspaper").
const NAMED_BODY_NOUNS: ShortList = ShortList::new(&[
    "agency",
    "newspaper",
    "daily",
    "tabloid",
    "broadcaster",
    "channel",
    "network",
    "website",
    "magazine",
]);

/// How many lower-case words, its noun included, may follow a news body's
/// name in its description ("Xinhua news agency"; see
/// [`body_named_within`]).
const NAMED_BODY_WORDS_AFTER: usize = 3;

/// The name a description of a news body holds before its noun ("the
/// state-run Xinhua news agency", "the North’s official Chosun Tongsin
/// agency"): the capitalised words, none of a place, a people or a party,
/// right before the lower-case words that end in such a noun.
pub(crate) fn body_named_within(text: &str, tokens: &[Token], mention: Span) -> Option<Span> {
    let (first, last) = token_range(tokens, mention)?;
    if !tokens[last].is_lower() || !NAMED_BODY_NOUNS.contains(tokens[last].span().as_str(text)) {
        return None;
    }
    // (A definite description, or a possessor's: not "a European news
    // agency".)
    let opener = tokens[first].span().as_str(text);
    if !(is_the(opener) || crate::text::is_possessive(opener)) {
        return None;
    }
    // The lower-case words before the noun ("news"), then the name.
    let mut end = last;
    while end > first && tokens[end - 1].is_lower() && last - end < NAMED_BODY_WORDS_AFTER {
        end -= 1;
    }
    // (A possessive inside the name: "People's Daily".)
    let name_word = |k: usize| {
        let t = &tokens[k];
        let possessive = crate::text::is_possessive(t.span().as_str(text));
        t.is_capitalised()
            && !t.has(lexicon::PLACE | lexicon::GROUP | lexicon::PARTY)
            && if possessive {
                tokens[k + 1].is_capitalised()
            } else {
                t.name_part
            }
    };
    let mut start = end;
    while start > first + 1 && name_word(start - 1) {
        start -= 1;
    }
    // ("People's Daily newspaper": the possessive opening it, when a word
    // of the name follows.)
    if start == first + 1 && crate::text::is_possessive(opener) && name_word(first) {
        start = first;
    }
    // (Nothing but modifiers before it: not "A document on the Trump
    // campaign's website".)
    if start >= end {
        return None;
    }
    let modifiers_only = tokens.get(first + 1..start).unwrap_or(&[]).iter().all(|t| {
        t.is_word()
            && !t.has(lexicon::COMPLEMENT)
            && (t.is_lower() || crate::text::is_possessive(t.span().as_str(text)))
    }) && tokens[end..last]
        .iter()
        .all(|t| !crate::text::is_possessive(t.span().as_str(text)));
    modifiers_only.then(|| Span::new(tokens[start].span().start, tokens[end - 1].span().end))
}

pub(crate) fn names_a_body(text: &str, tokens: &[Token], mention: Span) -> bool {
    let first = tokens.partition_point(|t| t.span().start < mention.start);
    let last = tokens.partition_point(|t| t.span().end <= mention.end);
    let (Some(f), Some(l)) = (
        tokens.get(first),
        last.checked_sub(1).and_then(|k| tokens.get(k)),
    ) else {
        return false;
    };
    // ("the Board said" after "the Western Boxing Board of Control": a
    // body's capitalised word alone too.)
    is_the(f.span().as_str(text))
        && last - first <= 4
        && (l.is_lower() || (last - first == 2 && l.has(lexicon::ORGANISATION)))
        && BODY_NOUNS.contains_ignore_ascii_case(l.span().as_str(text))
}
