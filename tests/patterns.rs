//! Attribution patterns of news text, one composed fixture each
//! (`tests/fixtures/patterns/*.txt`). Each test pins one behaviour: which
//! quotations are found and whose they are.

mod common;

use common::{pair, pattern as fixture};
use whosaid::{Attribution, QuoteKind};

/// (quoted text, speaker name) of every quote whosaid finds in a fixture.
fn quotes(name: &str) -> Vec<(String, Option<String>)> {
    common::each_quote(name, common::said)
}

#[test]
fn a_cue_after_the_quote_names_the_speaker_behind_a_title() {
    assert_eq!(
        quotes("cue_after"),
        [pair("We will not back down,", "Maria Lopez")]
    );
}

#[test]
fn an_inverted_cue_after_the_quote_names_the_speaker() {
    assert_eq!(
        quotes("cue_after_inverted"),
        [pair("The budget is a disgrace,", "Tom Reilly")]
    );
}

#[test]
fn a_cue_with_a_colon_before_the_quote_names_the_speaker() {
    assert_eq!(
        quotes("cue_before_colon"),
        [pair("The roads will be cleared by morning.", "Ann Cole")]
    );
}

#[test]
fn a_fragment_inside_reported_speech_is_a_mixed_quote_of_the_subject() {
    let text = fixture("partial_quote");
    let doc = whosaid::extract(&text);
    assert_eq!(doc.quotes.len(), 1);
    assert_eq!(doc.quotes[0].text(&text), "a waste of money");
    assert_eq!(doc.quotes[0].kind, QuoteKind::Mixed);
    assert_eq!(doc.speaker_of(&doc.quotes[0]).unwrap().name, "Ann Cole");
}

#[test]
fn both_halves_of_a_split_quote_belong_to_the_speaker_between_them() {
    assert_eq!(
        quotes("split_quote"),
        [
            pair("We tried everything,", "Hugh Hill"),
            pair("but the patient was too weak.", "Hugh Hill")
        ]
    );
}

#[test]
fn an_appositive_between_speaker_and_verb_is_skipped() {
    assert_eq!(
        quotes("appositive"),
        [pair("The ward is full,", "Hugh Hill")]
    );
}

#[test]
fn according_to_names_the_speaker_of_a_fragment_in_its_sentence() {
    assert_eq!(
        quotes("according_to"),
        [pair("a turning point.", "Lena Berg")]
    );
}

#[test]
fn the_people_told_are_not_the_speaker() {
    assert_eq!(
        quotes("told_reporters"),
        [pair("We played badly and we know it.", "Dan Reyes")]
    );
}

#[test]
fn an_organisation_can_speak_in_a_statement() {
    assert_eq!(
        quotes("in_a_statement"),
        [pair("constructive and useful.", "Kremlin")]
    );
}

#[test]
fn writing_on_twitter_is_a_cue() {
    assert_eq!(
        quotes("wrote_on_twitter"),
        [pair("a shameful day for democracy.", "Jane Park")]
    );
}

#[test]
fn a_dash_signature_after_the_quote_names_the_speaker() {
    let text = fixture("dash_signature");
    let doc = whosaid::extract(&text);
    assert_eq!(doc.quotes.len(), 1);
    assert_eq!(
        doc.speaker_of(&doc.quotes[0]).unwrap().name,
        "Olga Petrenko"
    );
    assert_eq!(doc.quotes[0].attribution, Attribution::Signature);
}

#[test]
fn a_name_with_a_colon_introduces_the_quote_paragraph_after_it() {
    assert_eq!(
        quotes("colon_lead_in"),
        [pair(
            "Did you read the emails before you sent them?",
            "Trey Gowdy"
        )]
    );
}

#[test]
fn a_headline_verb_attributes_a_quoted_headline_fragment() {
    assert_eq!(quotes("headline"), [pair("Crisis Is Over", "Mayor")]);
}

#[test]
fn headline_quotes_can_be_left_out() {
    let text = fixture("headline");
    let ex = whosaid::Extractor::builder().headline_quotes(false).build();
    assert!(ex.extract(&text).quotes.is_empty());
}

#[test]
fn a_quote_running_over_paragraphs_is_one_quote() {
    let text = fixture("multi_paragraph");
    let doc = whosaid::extract(&text);
    let got: Vec<&str> = doc.quotes.iter().map(|q| q.text(&text)).collect();
    assert_eq!(
        got,
        [
            "We have worked for this for ten years,",
            "Nobody gave us anything.\n\n“We will keep going until every worker is paid a fair wage."
        ]
    );
    assert!(doc
        .quotes
        .iter()
        .all(|q| doc.speaker_of(q).unwrap().name == "Carla Diaz"));
}

#[test]
fn pronouns_follow_the_gender_of_the_people_named_before() {
    assert_eq!(
        quotes("pronoun_gender"),
        [
            pair("The talks went well,", "Anna Weber"),
            pair("We agreed on the timetable,", "Tom Fischer")
        ]
    );
}

#[test]
fn a_quote_paragraph_without_cue_continues_the_previous_speaker() {
    let text = fixture("follow_on_paragraph");
    let doc = whosaid::extract(&text);
    assert_eq!(doc.quotes.len(), 2);
    assert_eq!(doc.speaker_of(&doc.quotes[1]).unwrap().name, "Paul Grant");
    assert_eq!(doc.quotes[1].attribution, Attribution::PreviousParagraph);
}

#[test]
fn a_scare_quote_outside_any_reporting_clause_is_not_a_quotation() {
    assert!(quotes("scare_quote").is_empty());
}

#[test]
fn a_title_of_a_work_is_not_a_quotation() {
    assert!(quotes("title_of_work").is_empty());
}

#[test]
fn a_name_inside_the_quote_is_never_its_speaker() {
    assert_eq!(
        quotes("name_inside_quote"),
        [pair(
            "I told Peter Hall that the plan was finished,",
            "Mary Stone"
        )]
    );
}

#[test]
fn two_apostrophes_pair_as_a_double_quote() {
    assert_eq!(
        quotes("nyt_double_apostrophes"),
        [
            pair("This isn't tax reform,", "Douglas Lane"),
            pair("It's anti-reform.", "Douglas Lane")
        ]
    );
}

#[test]
fn straight_double_quotes_pair_and_attribute() {
    assert_eq!(
        quotes("straight_quotes"),
        [
            pair("We are ready for the vote,", "John Boyd"),
            pair("The members are here.", "John Boyd")
        ]
    );
}

#[test]
fn titles_keep_two_people_with_one_surname_apart() {
    assert_eq!(
        quotes("clinton_couple"),
        [
            pair("We need a new deal,", "Bill Clinton"),
            pair("And we need it now,", "Hillary Clinton")
        ]
    );
}

#[test]
fn a_speaker_introduced_in_one_paragraph_owns_the_quote_paragraph_after_it() {
    assert_eq!(
        quotes("named_then_quoted"),
        [pair(
            "This will hurt families in my constituency for years to come.",
            "Khalid Mahmood"
        )]
    );
}

#[test]
fn a_descriptive_speaker_is_kept_as_written() {
    assert_eq!(
        quotes("descriptive_speaker"),
        [pair(
            "He has no chance in the primary,",
            "a senior Cruz adviser"
        )]
    );
}

#[test]
fn a_label_given_by_someone_is_their_partial_quote() {
    assert_eq!(quotes("called_them"), [pair("deplorables", "Trump")]);
}

#[test]
fn apostrophes_do_not_open_or_close_quotes() {
    assert_eq!(
        quotes("apostrophes"),
        [
            pair("Don't worry about Jones’ car or the ’90s,", "Kay"),
            pair("It’s rock ’n’ roll.", "Kay")
        ]
    );
}

#[test]
fn a_quote_after_a_sentence_about_the_speaker_is_theirs() {
    let text = fixture("previous_sentence");
    let doc = whosaid::extract(&text);
    assert_eq!(doc.quotes.len(), 1);
    assert_eq!(doc.speaker_of(&doc.quotes[0]).unwrap().name, "Clinton");
}

#[test]
fn a_pronoun_with_a_colon_ending_a_paragraph_introduces_the_next() {
    assert_eq!(
        quotes("pronoun_colon_paragraph"),
        [pair(
            "In all my years here, I have never seen a vote like this one.",
            "Bo Nash"
        )]
    );
}

#[test]
fn a_participle_takes_the_subject_of_its_sentence() {
    assert_eq!(quotes("participle_subject"), [pair("no right", "Trump")]);
}

#[test]
fn three_apostrophes_close_a_single_and_a_double_quote() {
    assert_eq!(
        quotes("three_apostrophes"),
        [pair(
            "Voters will not be satisfied with 'We will bomb them,'",
            "Ann Marsh"
        )]
    );
}

#[test]
fn a_curly_mark_facing_the_wrong_way_still_closes_its_quote() {
    assert_eq!(
        quotes("wrong_way_curly"),
        [
            pair("It is unusual,", "Larry Noble"),
            pair("It is a hard thing to do.", "Larry Noble")
        ]
    );
}

#[test]
fn a_participle_after_a_cue_shares_its_speaker() {
    assert_eq!(
        quotes("said_adding"),
        [pair("We are frustrated and horrified.", "Adel Nefzi")]
    );
}

#[test]
fn a_description_opening_the_sentence_is_the_participle_subject() {
    assert_eq!(
        quotes("description_subject_participle"),
        [pair("come around eventually.", "The Florida senator")]
    );
}

#[test]
fn a_quote_after_a_sentence_opened_by_a_person_is_theirs() {
    let got = quotes("quote_then_new_sentence_speaker");
    assert_eq!(got[1], pair("I will never forget it.", "Anna Ruiz"));
}

#[test]
fn a_cue_leading_into_the_next_quote_belongs_to_it() {
    let text = fixture("cue_leading_into_next_quote");
    let doc = whosaid::extract(&text);
    let cues: Vec<Option<&str>> = doc
        .quotes
        .iter()
        .map(|q| q.cue.map(|c| c.as_str(&text)))
        .collect();
    assert_eq!(cues, [Some("said"), None, Some("added")]);
    assert!(doc
        .quotes
        .iter()
        .all(|q| doc.speaker_of(q).unwrap().name == "Tom Baker"));
}

#[test]
fn titles_of_programmes_after_a_possessive_are_not_quotations() {
    assert!(quotes("titles_of_programmes").is_empty());
}

#[test]
fn a_heading_in_single_quotes_is_not_a_quotation() {
    assert!(quotes("heading_in_single_quotes").is_empty());
}

#[test]
fn attribute_values_of_markup_left_in_the_text_are_not_quotations() {
    assert!(quotes("markup_attributes").is_empty());
}

#[test]
fn a_name_in_apposition_to_an_inverted_description_is_the_speaker() {
    assert_eq!(
        quotes("inverted_description_with_name"),
        [pair("The mine will reopen,", "John E. Herbst")]
    );
}

#[test]
fn an_inverted_description_ends_at_its_head_noun() {
    assert_eq!(
        quotes("inverted_determiner_phrase"),
        [pair(
            "Trump will win the state easily,",
            "one Trump confidant"
        )]
    );
}

#[test]
fn a_place_after_a_name_is_not_the_speaker() {
    assert_eq!(
        quotes("name_of_place"),
        [pair("a safe place for every child.", "Rachel Berg")]
    );
}

#[test]
fn an_appositive_left_open_still_yields_its_name() {
    assert_eq!(
        quotes("open_appositive"),
        [pair("a burden on small owners.", "Anthony Anton")]
    );
}

#[test]
fn a_name_and_colon_before_the_quote_beat_an_earlier_cue() {
    let text = fixture("name_colon_signature");
    let doc = whosaid::extract(&text);
    assert_eq!(doc.quotes.len(), 1);
    assert_eq!(doc.speaker_of(&doc.quotes[0]).unwrap().name, "Carl Bialik");
    assert_eq!(doc.quotes[0].attribution, Attribution::Signature);
}

#[test]
fn a_possessive_opens_a_descriptive_speaker() {
    assert_eq!(
        quotes("possessive_description"),
        [pair("We look forward to the talks,", "Ryan’s office")]
    );
}

#[test]
fn an_s_verb_after_a_noun_for_a_person_is_a_cue() {
    assert_eq!(
        quotes("agent_noun_says"),
        [pair(
            "She has no plan for jobs.",
            "The New York businessman"
        )]
    );
}

#[test]
fn the_name_among_several_appositives_is_the_speaker() {
    assert_eq!(
        quotes("appositive_segments"),
        [pair("We will get there.", "Shelley Moore Capito")]
    );
}

#[test]
fn a_dash_opening_the_next_paragraph_is_no_signature() {
    let text = fixture("dash_in_next_paragraph");
    let doc = whosaid::extract(&text);
    assert_eq!(doc.quotes.len(), 2);
    assert_eq!(doc.speaker_of(&doc.quotes[1]).unwrap().name, "Yazan Ali");
    assert_eq!(doc.quotes[1].attribution, Attribution::PreviousParagraph);
}

#[test]
fn the_object_of_a_participle_is_not_the_speaker() {
    assert_eq!(quotes("participle_object"), [pair("a fantasy", "Trump")]);
}

#[test]
fn a_subject_before_an_auxiliary_is_the_participle_subject() {
    assert_eq!(
        quotes("auxiliary_subject"),
        [pair("spirit of America.", "Donald Trump")]
    );
}

#[test]
fn an_inverted_name_ends_before_of_and_its_organisation() {
    assert_eq!(
        quotes("inverted_name_of_org"),
        [pair(
            "Ideology matters more than charisma here,",
            "Stu Rothenberg"
        )]
    );
}

#[test]
fn a_participle_skips_places_in_an_introductory_phrase() {
    assert_eq!(
        quotes("participle_after_intro_phrase"),
        [pair("a total disaster.", "Trump")]
    );
}

#[test]
fn a_person_before_a_prepositional_phrase_is_the_speaker() {
    assert_eq!(
        quotes("name_before_prepositional_phrase"),
        [pair("a total mess", "Trump")]
    );
}

#[test]
fn a_cue_right_before_the_quote_beats_one_in_the_next_sentence() {
    assert_eq!(
        quotes("cue_before_beats_next_sentence"),
        [pair(
            "What difference at this point does it make?",
            "Clinton"
        )]
    );
}

#[test]
fn a_title_word_that_is_also_a_verb_stays_in_the_title() {
    assert_eq!(
        quotes("title_word_that_is_a_verb"),
        [pair("disaster", "Mary Susan")]
    );
}

#[test]
fn a_relative_clause_after_an_inverted_name_ends_it() {
    assert_eq!(
        quotes("inverted_name_relative_clause"),
        [pair("It was the best deal we could get,", "Jim Whelan")]
    );
}

#[test]
fn a_place_before_a_title_is_not_a_given_name_and_a_pronoun_still_finds_the_person() {
    // "Virginia" is also a given name; before "Gov." it is a place, and
    // "he" must not skip the governor for "Virginians".
    assert_eq!(
        quotes("place_before_title"),
        [pair("This is a day for second chances,", "Dale Whitcomb")]
    );
}

#[test]
fn an_infinitive_after_a_name_is_not_that_persons_speech() {
    // "asked Mr. Vega to continue": Vega is told to act, he does not
    // speak, so "he" is still the mayor.
    assert_eq!(
        quotes("infinitive_after_name"),
        [pair(
            "We are closer than we have been in months,",
            "Alan Brooks"
        )]
    );
}

#[test]
fn a_decimal_number_does_not_end_the_clause_before_a_quote() {
    assert_eq!(
        quotes("number_in_clause"),
        [pair("a gift to contractors,", "Ruth Adler")]
    );
}

#[test]
fn a_verb_coordinated_with_another_shares_its_subject() {
    assert_eq!(
        quotes("coordinated_verb"),
        [pair("slow and confused.", "Nina Park")]
    );
    let text = fixture("coordinated_verb");
    assert_eq!(
        whosaid::extract(&text).quotes[0].attribution,
        Attribution::CueBefore
    );
}

#[test]
fn a_number_word_opening_a_sentence_is_not_a_name() {
    assert_eq!(
        quotes("number_word_opens_sentence"),
        [pair(
            "She has never done anything for this town.",
            "Ray Dunn"
        )]
    );
}

#[test]
fn an_adverb_and_verb_after_a_name_end_the_name() {
    // "Mr. Hale generally backed Republicans": the subject is Hale, not
    // "Republicans".
    assert_eq!(
        quotes("predicate_after_name"),
        [pair("It costs too much and does too little.", "Hale")]
    );
}

#[test]
fn a_pronoun_skips_a_people_and_a_place_for_the_person() {
    // "Republicans said": a people, which "he" cannot refer to.
    assert_eq!(
        quotes("places_and_peoples"),
        [pair("We will bring them back,", "Tom Reese")]
    );
}

#[test]
fn a_country_that_speaks_is_an_organisation() {
    let text = fixture("place_speaks");
    let doc = whosaid::extract(&text);
    let speaker = doc.speaker_of(&doc.quotes[0]).expect("a speaker");
    assert_eq!(speaker.name, "Mexico");
    assert_eq!(speaker.kind, whosaid::SpeakerKind::Organisation);
}

#[test]
fn a_description_keeps_its_prepositional_phrase_and_relative_clause() {
    assert_eq!(
        quotes("description_post_modifiers")[..2],
        [
            pair(
                "They are nervous about the count,",
                "a person close to the campaign"
            ),
            pair(
                "The numbers will move,",
                "a veteran pollster who has worked for both parties"
            ),
        ]
    );
}

#[test]
fn a_clause_about_anonymity_is_not_part_of_the_description() {
    assert_eq!(
        quotes("description_post_modifiers")[2..],
        [
            pair("Nobody expected this,", "a strategist"),
            pair("It was a mistake,", "an official"),
        ]
    );
}

#[test]
fn a_name_right_before_a_participle_is_its_subject() {
    // "with Senator Laura Kemp tweeting": not the sentence's first subject.
    assert_eq!(
        quotes("absolute_participle"),
        [pair("disgrace.", "Laura Kemp")]
    );
}

#[test]
fn title_case_words_of_a_headline_are_not_taken_for_a_full_name() {
    // "Braves Drop Hull" is not Hull's full name.
    assert_eq!(
        quotes("headline_names")[1],
        pair("If you get offended by this, that is your problem,", "Hull")
    );
}

#[test]
fn a_lone_surname_in_subject_position_is_a_pronoun_antecedent() {
    assert_eq!(
        quotes("lone_surname_subject"),
        [pair(
            "If you get offended by this, that is your problem,",
            "Okafor"
        )]
    );
}

#[test]
fn an_introductory_phrase_is_skipped_to_find_a_participles_subject() {
    // "Amid calls from some members to publish a list," is neither a name
    // nor a report ("members to publish" is no cue).
    assert_eq!(
        quotes("intro_phrase_participle"),
        [pair("remember their names.", "Joan Ruiz")]
    );
}

#[test]
fn a_possessive_opens_an_inverted_description_with_a_name_after_it() {
    assert_eq!(
        quotes("possessive_inverted_description"),
        [pair(
            "We are treating the whole month as one long Election Day,",
            "Lena Fisk"
        )]
    );
}

#[test]
fn a_quoted_fragment_does_not_end_the_clause_before_the_next_fragment() {
    let text = fixture("second_fragment");
    let doc = whosaid::extract(&text);
    assert_eq!(doc.quotes.len(), 2);
    assert_eq!(doc.quotes[1].text(&text), "the agency's war on farmers.");
    assert_eq!(doc.quotes[1].attribution, Attribution::CueBefore);
    assert_eq!(
        doc.speaker_of(&doc.quotes[1]).map(|s| s.name.as_str()),
        Some("Dole")
    );
}

#[test]
fn a_plural_possessive_opens_a_descriptive_speaker() {
    assert_eq!(
        quotes("plural_possessive"),
        [pair("rush to judgment.", "Jones’ campaign")]
    );
}

#[test]
fn a_name_after_the_verb_beats_names_in_a_clause_opened_by_a_quote() {
    // "“Q” that Ortiz can catch the mayor, said Dana Whitfield": Ortiz is
    // in the reported clause, Whitfield speaks.
    assert_eq!(
        quotes("fragment_then_inverted_cue"),
        [pair(
            "He can claim it, but it seems very unlikely",
            "Dana Whitfield"
        )]
    );
}

#[test]
fn a_verb_after_to_is_an_infinitive_even_when_its_past_is_spelt_alike() {
    // "a chance to read": "read" is no cue with "a chance" as its speaker.
    assert_eq!(
        quotes("infinitive_of_past_like_verb"),
        [pair("starting point.", "Ana Ruiz")]
    );
}

#[test]
fn a_participle_after_a_comma_shares_the_main_clauses_speaker() {
    assert_eq!(
        quotes("participle_main_clause"),
        [pair("that kind of thing.", "Lou Hart")]
    );
}

#[test]
fn a_fragment_in_a_reported_clause_is_credited_to_the_outer_speaker() {
    // The journalist heard it from Trump: he is the source of the words,
    // as news annotation (PolNeAR's nested sources) counts it.
    assert_eq!(
        quotes("fragment_reported_by_outer_speaker"),
        [pair("the gold standard", "Trump")]
    );
}

#[test]
fn a_statement_noun_before_the_quote_is_a_cue_for_the_clauses_subject() {
    assert_eq!(
        quotes("statement_noun"),
        [pair(
            "Our thoughts are with the families tonight.",
            "Eli Stone"
        )]
    );
}

#[test]
fn an_adverb_opening_a_sentence_is_not_a_name() {
    // "Immediately after the attacks, Senator Rosa Vance issued …":
    // "Immediately" is not the subject.
    assert_eq!(
        quotes("sentence_initial_adverb"),
        [pair("Last night, our city was attacked.", "Rosa Vance")]
    );
}

#[test]
fn she_skips_a_man_known_by_his_given_name() {
    assert_eq!(
        quotes("given_name_gender"),
        [pair("We will appeal the ruling,", "Mary Cole")]
    );
}

#[test]
fn compared_and_talked_about_are_cues_for_fragments() {
    assert_eq!(
        quotes("compared_and_talked"),
        [
            pair("a house of cards", "Ada Brooks"),
            pair("lost decade", "Tim Vo")
        ]
    );
    let text = fixture("compared_and_talked");
    let doc = whosaid::extract(&text);
    let cues: Vec<_> = doc
        .quotes
        .iter()
        .map(|q| q.cue.map(|c| c.as_str(&text)))
        .collect();
    assert_eq!(cues, [Some("compared"), Some("talked")]);
}

#[test]
fn a_capitalised_word_and_a_plural_group_noun_are_one_descriptive_speaker() {
    // "Multiple outlets": the plural of a listed group noun counts too.
    assert_eq!(
        quotes("adjective_and_plural_group"),
        [
            pair("a different cup of tea", "Corporate lobbyists"),
            pair("more than one conversation", "Multiple outlets")
        ]
    );
}

#[test]
fn a_pronoun_contracted_with_its_auxiliary_is_still_the_subject() {
    assert_eq!(
        quotes("contracted_pronoun"),
        [
            pair("a big, big problem in this country.", "Trump"),
            pair("dead on arrival.", "Clinton")
        ]
    );
}

#[test]
fn a_quote_after_a_sentence_takes_its_main_clauses_speaker() {
    // "received a nervous call from her niece": "call" is a noun here, and
    // the niece's call is not the speech event; Mara Diaz's is.
    assert_eq!(
        quotes("previous_sentence_main_clause"),
        [pair(
            "She called me in tears, and I told her to come home.",
            "Mara Diaz"
        )]
    );
}

#[test]
fn a_person_named_in_the_possessive_after_a_title_is_a_pronoun_antecedent() {
    // "Mr. Comey's suggestion … what he called": "he" is Comey, not "Mr."
    // on its own.
    assert_eq!(
        quotes("titled_possessive"),
        [pair("sophisticated adversaries.", "Comey")]
    );
}

#[test]
fn a_state_and_a_date_after_an_introductory_place_are_skipped_too() {
    // "At a rally in Portsmouth, N.H., on Tuesday, Senator Ada Brooks of
    // Vermont endorsed …, saying": neither "N.H." nor "Vermont" speaks.
    assert_eq!(
        quotes("intro_place_and_of_place"),
        [pair("make an outstanding governor.", "Ada Brooks")]
    );
}

#[test]
fn no_speaker_follows_a_preposition_after_the_verb() {
    // "“peanuts,” compared to what Mayor Lee Park had proposed": Park is
    // compared, Hunt speaks.
    assert_eq!(
        quotes("preposition_after_cue")[0],
        pair("peanuts,", "Dale Hunt")
    );
}

#[test]
fn an_ing_form_after_a_determiner_and_an_adjective_is_a_noun() {
    // "the mass shooting" is no reporting verb with "the mass" as speaker.
    assert_eq!(
        quotes("preposition_after_cue")[1],
        pair("We are frustrated and horrified", "Amir Nasser")
    );
}

#[test]
fn a_programme_title_between_the_cue_and_a_fragment_does_not_end_the_clause() {
    // "said on WNTV’s “Evening Report” that she would “take a hard look”":
    // the title is no quotation, and the fragment is Ames's.
    assert_eq!(
        quotes("title_between_cue_and_fragment"),
        [pair("take a hard look", "Ruth Ames")]
    );
}

#[test]
fn a_quantifier_opening_its_clause_is_a_group_speaker() {
    // "Some chanted", "Several said", "and others said": each quantifier
    // stands for the people it counts.
    assert_eq!(
        quotes("quantifier_subjects"),
        [
            pair("Four more years!", "Some"),
            pair("block grants", "Several"),
            pair("a total disaster.", "others"),
        ]
    );
}

#[test]
fn of_two_namesakes_the_one_named_in_full_just_before_is_meant() {
    // Carl Brandt is named more often, but "Brandt said" right after
    // "Governor Helen Brandt also criticized" is the governor.
    assert_eq!(
        quotes("namesake_named_just_before").last(),
        Some(&pair(
            "The mayor knows nothing about budgets,",
            "Helen Brandt"
        ))
    );
}

#[test]
fn words_of_a_title_case_headline_in_a_sentence_are_no_full_name() {
    // "Voters Who Endorse Walsh Are Wrong" and "Team Walsh" name no
    // person: "Walsh" is Lena Walsh throughout.
    assert_eq!(
        quotes("title_case_headline_in_text"),
        [
            pair(
                "I hate to say it, but I am becoming mainstream,",
                "Lena Walsh"
            ),
            pair("We will win this city.", "Lena Walsh"),
        ]
    );
}

#[test]
fn a_predicate_after_a_descriptive_subject_is_not_part_of_it() {
    // "the judge sounded off on the mayor, saying": the speaker is "the
    // judge", not the clause up to the comma.
    assert_eq!(
        quotes("predicate_after_description"),
        [pair("want to contemplate", "the judge")]
    );
}

#[test]
fn a_subordinate_clause_or_place_phrase_before_the_subject_is_skipped() {
    // "As Reyes attacked Bell, the attendees chanted": neither mayor nor
    // governor speaks; "Outside the hall," is no speaker either.
    assert_eq!(
        quotes("subordinate_clause_opener"),
        [
            pair("Vote her out!", "the attendees"),
            pair("Shame on you!", "the protesters"),
        ]
    );
}

#[test]
fn a_pronoun_means_the_speaker_before_the_subjects_of_what_he_reported() {
    // "Halloran noted that both Reyes and Ortiz have survived …. he
    // said": the men named inside the reported clause are not "he".
    assert_eq!(
        quotes("pronoun_after_reported_subjects"),
        [pair("It's a little much.", "Ned Halloran")]
    );
}

#[test]
fn a_name_after_its_descriptive_title_opens_the_clause_as_subject() {
    // "Democratic front-runner Nora Blake caused a stir": Blake is the
    // subject, and so the "she" of the next paragraph.
    assert_eq!(
        quotes("described_name_as_subject").last(),
        Some(&pair("Wow, what a great idea,", "Nora Blake"))
    );
}

#[test]
fn a_fragment_that_ends_its_sentence_takes_no_cue_from_the_next() {
    // "Brooks called it “arbitrary.” Mark Lowe … warned": the fragment is
    // Brooks's; Lowe's verb opens a new sentence.
    assert_eq!(
        quotes("fragment_ends_sentence"),
        [pair("arbitrary.", "Ada Brooks")]
    );
}

#[test]
fn a_verb_form_heading_an_inverted_description_is_a_noun() {
    // "said another leading Supreme Court advocate, Andrew Pincus":
    // "advocate" is the head noun, and the name after it speaks, not the
    // court.
    assert_eq!(
        quotes("inverted_description_with_verb_noun"),
        [pair("The odds are better than even,", "Andrew Pincus")]
    );
}

#[test]
fn a_name_after_the_verb_that_closes_a_paraphrase_is_its_speaker() {
    // "Federal mandates are a burden …, said Todd Vance, an Orlando
    // Republican": Vance speaks (and is the "he" of the next paragraph),
    // not a capitalised "Federal".
    assert_eq!(
        quotes("paraphrase_then_inverted_name"),
        [pair(
            "There is more time spent on compliance than on teaching our kids,",
            "Todd Vance"
        )]
    );
}

#[test]
fn familiar_lines_before_a_colon_present_the_subjects_words() {
    // "returned to his familiar lines: “…”": "lines" is a statement noun
    // (statement_nouns.txt), and "Back" opening the sentence is no name.
    assert_eq!(
        quotes("statement_noun_lines"),
        [pair("It is called America First!", "Ray Dunn")]
    );
}

#[test]
fn a_description_keeps_the_of_phrase_of_its_head() {
    // "the secretary of state said": "state" is no speaker of its own;
    // the description runs from "the secretary".
    assert_eq!(
        quotes("description_with_of_phrase"),
        [pair("not only here to do my job", "the secretary of state")]
    );
}

#[test]
fn an_ing_verb_after_a_form_of_be_is_no_participle() {
    // "Brooks, celebrating a victory in the Democratic primary …, is
    // pledging": "is pledging" is the main verb, and Brooks its subject.
    assert_eq!(
        quotes("progressive_after_appositive"),
        [pair("win many hundreds of delegates", "Ada Brooks")]
    );
}

#[test]
fn a_quantity_of_a_group_is_one_speaker() {
    // "Hundreds of striking teachers marched …, chanting": the teachers
    // chant, not the convention named on the way.
    assert_eq!(
        quotes("quantity_of_group"),
        [pair("Fair pay now!", "Hundreds of striking teachers")]
    );
}

#[test]
fn a_verb_form_before_a_noun_that_speaks_is_part_of_the_description() {
    // "the senator’s Ohio state director, Lena Fisk, …, writing": "state"
    // modifies "director", so the apposed name speaks, not "Ohio".
    assert_eq!(
        quotes("verb_noun_modifier"),
        [pair("We want to use this soon.", "Lena Fisk")]
    );
}

#[test]
fn a_title_of_four_lower_case_words_before_a_name_is_read_whole() {
    // "said Hale’s top foreign policy aide Jake Sorensen".
    assert_eq!(
        quotes("long_title_inverted"),
        [pair("This has to be the first time,", "Jake Sorensen")]
    );
}

#[test]
fn went_on_ending_its_clause_is_a_reporting_cue() {
    // "“…” Reyes went on, as if …": "went on" reports, so the host quoted
    // just before is not the speaker.
    assert_eq!(
        quotes("went_on").last(),
        Some(&pair("You know, it happens, right?", "Tom Reyes"))
    );
}

#[test]
fn an_appositive_between_dashes_leaves_the_name_as_speaker() {
    // "Jason Sims — a teacher from Mount Pleasant — says".
    assert_eq!(
        quotes("dash_appositive"),
        [pair("a big deal.", "Jason Sims")]
    );
}

#[test]
fn a_quote_in_parentheses_takes_the_cue_before_the_closing_parenthesis() {
    // "(“…,” he said.)": the full stop before ")" ends the sentence, so
    // "said" stays a cue.
    assert_eq!(
        quotes("quote_in_parentheses"),
        [pair(
            "We persuaded the original team to finish the story,",
            "Dan Ortega"
        )]
    );
}

#[test]
fn a_surname_in_ing_opening_a_sentence_before_a_reporting_verb_is_a_name() {
    // "Fielding describes himself …": no participle like "Reprising his
    // role", since a reporting verb follows.
    assert_eq!(
        quotes("ing_surname_subject"),
        [pair(
            "proud veteran and small-business owner.",
            "Carl Fielding"
        )]
    );
}

#[test]
fn a_sentence_running_into_a_quotation_after_a_comma_gives_it_to_its_subject() {
    // "Brooks shared a bit of her anxiety with an audience …, “…”": no
    // reporting verb, but the named subject of the sentence speaks.
    assert_eq!(
        quotes("sentence_runs_into_quote"),
        [pair(
            "I do not know which mayor will show up.",
            "Ada Brooks"
        )]
    );
}

#[test]
fn in_the_words_of_names_the_speaker_after_it() {
    // "in the words of a senior adviser, ''the torchbearer''", like
    // "according to".
    assert_eq!(
        quotes("in_the_words_of"),
        [pair("the torchbearer", "a senior adviser")]
    );
}

#[test]
fn a_time_ago_between_subject_and_verb_is_skipped() {
    // "The Treasury Department less than two weeks ago said": the
    // department speaks, not "two weeks ago".
    assert_eq!(
        quotes("time_ago_before_verb"),
        [pair("classified", "Treasury Department")]
    );
}

#[test]
fn a_participle_finds_its_subject_past_a_parenthesis_a_title_and_an_adjective() {
    // "Sen. Ada Brooks (D-Vt.) visited WNTV’s “Evening Report” to discuss
    // her recent remarks about her rival, Mayor Nora Blake, saying": the
    // title does not end the clause, "(D-Vt.)" does not hide the subject,
    // and "recent remarks" is a noun phrase, no cue.
    assert_eq!(
        quotes("subject_past_title_and_parenthesis"),
        [
            pair("on her worst day", "Ada Brooks"),
            pair("a better governor", "Ada Brooks"),
        ]
    );
}

#[test]
fn a_participle_phrase_after_the_subject_is_not_the_speaker() {
    // "Protesters marching through the streets chanted": the protesters
    // chant, not "the streets".
    assert_eq!(
        quotes("participle_phrase_after_subject"),
        [pair("What curfew?", "Protesters")]
    );
}

#[test]
fn a_fragment_right_after_its_verb_is_that_verbs_not_the_next_clauses() {
    // "a clip that Judge Ames called “distasteful,” Hunt expressed …".
    assert_eq!(
        quotes("fragment_after_its_verb"),
        [pair("distasteful,", "Ruth Ames")]
    );
}

#[test]
fn a_name_connector_inside_an_inverted_name_is_kept() {
    // "said Pierre de Vos, a professor".
    assert_eq!(
        quotes("name_connector_inverted"),
        [pair(
            "I have been watching this election closely,",
            "Pierre de Vos"
        )]
    );
}

#[test]
fn a_title_case_quotation_after_called_is_a_title_even_as_a_sentence() {
    // "a collection … called ''Huge!: 30 Years of Cartoons on Politics.''".
    assert!(quotes("title_after_called").is_empty());
}

#[test]
fn a_headline_phrase_in_quote_marks_without_a_speaker_is_left_out() {
    // "acted as 'judge and jury'" in the headline highlights a phrase; the
    // body's quotation is kept with its speaker.
    assert_eq!(
        quotes("headline_phrase_without_speaker"),
        [pair("He acted as judge and jury,", "Corey Dale")]
    );
}

#[test]
fn a_short_title_after_a_comma_is_not_given_to_the_sentence_subject() {
    // "Congregants pass around copies of his memoir, "Gifted Hands,"": a
    // title in apposition, no words of the congregants.
    assert!(quotes("title_after_comma").is_empty());
}

#[test]
fn a_known_given_name_alone_is_a_pronoun_antecedent() {
    // "the nominee's wife, Melania, … she described him as “kind”": the
    // given name alone names the woman meant, not the governor before.
    assert_eq!(
        quotes("given_name_alone")[1..],
        [pair("kind", "Melania"), pair("great heart.", "Melania")]
    );
}

#[test]
fn a_verb_form_after_a_determiner_before_to_is_a_noun_not_a_cue() {
    // "used this question to demand": "this question" is no speaker.
    assert_eq!(
        quotes("infinitive_after_noun_with_determiner"),
        [pair("pay their fair share into the system.", "Ada Brooks")]
    );
}

#[test]
fn a_fragment_in_a_clause_reported_by_declared_is_the_declarers() {
    // "Ruiz declared … that any new deal under her watch would demand
    // “absolute secrecy”": "declare" is a speech verb (speech_verbs.txt).
    assert_eq!(
        quotes("declared_fragment"),
        [pair("absolute secrecy.", "Dana Ruiz")]
    );
}

#[test]
fn a_short_fragment_opening_a_paragraph_is_not_the_last_speakers() {
    // "But “dumping Reyes” is easier said than done" after a paragraph
    // quoting Reyes: no words of his carried over.
    let found = quotes("fragment_opening_paragraph");
    assert_eq!(found[0], pair("I am not rattled,", "Tom Reyes"));
    assert!(found[1..].iter().all(|(_, speaker)| speaker.is_none()));
}

#[test]
fn an_office_after_a_titles_of_is_not_part_of_the_name() {
    // "Minister of Education Stefania Ferri said": the name is the last
    // two words, not "Education Stefania Ferri".
    assert_eq!(
        quotes("office_of_title"),
        [pair("more general reflection", "Stefania Ferri")]
    );
}

#[test]
fn a_person_named_inside_the_quotation_is_not_the_pronouns_speaker() {
    // "Warhol was also a legend. He said, “Andy Warhol was …”": "he" is
    // Allton, since the quotation names Warhol.
    assert_eq!(
        quotes("pronoun_speaker_named_inside"),
        [pair(
            "Andy Warhol was the center of the Zeitgeist for the 20th century.",
            "Kevin Allton"
        )]
    );
}

#[test]
fn two_words_after_an_organisations_word_are_the_persons_name() {
    // "CEO of the Migrant Aid Council Enver Salim told": the speaker is Enver
    // Salim, the council his title.
    assert_eq!(
        quotes("organisation_before_name"),
        [pair("must be well thought out.", "Enver Salim")]
    );
}

#[test]
fn the_mention_opening_a_sentence_before_a_comma_is_a_participles_subject() {
    // "Mayor Tom Reyes, who said … that a Mexican-American judge was …,
    // issued a statement Tuesday saying": Reyes, not the judge.
    assert_eq!(
        quotes("opening_subject_before_relative"),
        [pair(
            "I do not feel that heritage makes anyone unfit.",
            "Tom Reyes"
        )]
    );
}

#[test]
fn an_occupation_before_a_name_is_its_title() {
    // "Comedian Sarah Silva" is Sarah Silva (titles.txt).
    assert_eq!(
        quotes("occupation_title"),
        [pair("You are being ridiculous,", "Sarah Silva")]
    );
}

#[test]
fn a_dateline_opening_the_paragraph_is_no_subject() {
    // "JACKSON, Miss. — A federal judge blocked …, writing": the judge
    // writes, not the dateline's city.
    assert_eq!(
        quotes("dateline_not_subject"),
        [pair("sincere religious belief", "A federal judge")]
    );
}

#[test]
fn a_quotation_ending_with_a_full_stop_ends_the_reported_sentence() {
    // "Coan argued that … a “new-media journalist.” Mosman saw the words
    // differently: “…,” he said": Mosman opens a new sentence, so "he" is
    // Mosman, not Coan.
    assert_eq!(
        quotes("quote_ends_reported_sentence").last(),
        Some(&pair(
            "When he says he will die a free man, I do not take that lightly,",
            "Michael W. Mosman"
        ))
    );
}

#[test]
fn an_s_form_after_a_capitalised_modifier_and_a_quantifier_is_a_noun() {
    // "so many Republican claims as inaccurate": "claims" is no verb with
    // "Republican" as its speaker, so "he" stays Sharockman.
    assert_eq!(
        quotes("capitalised_modifier_plural_noun"),
        [pair(
            "We’re not just validating numbers,",
            "Aaron Sharockman"
        )]
    );
}

#[test]
fn a_verb_right_after_a_descriptive_subject_is_its_predicate() {
    // "The Republican candidate appeared to assert …, saying": the verb
    // "appeared" is no part of the speaker; "a source involved in the
    // group's creation" keeps its participle phrase.
    assert_eq!(
        quotes("predicate_right_after_description"),
        [
            pair("I am trying to save lives.", "The Republican candidate"),
            pair(
                "It is a way to take part,",
                "a source involved in the group's creation"
            ),
        ]
    );
}

#[test]
fn an_s_verb_after_an_abstract_noun_is_a_cue() {
    // "The petition accuses the campaign of “…”": "petition" is a noun,
    // so "accuses" is its verb, not a plural noun.
    assert_eq!(
        quotes("abstract_noun_subject"),
        [pair(
            "attempting to bully its former aide into silence.",
            "The petition"
        )]
    );
}

#[test]
fn a_quantifier_after_a_subordinator_opens_its_clause() {
    // "While many said the plan was “a good start,”": "many" speaks, as
    // any subject after "while" would.
    assert_eq!(
        quotes("quantifier_after_subordinator"),
        [pair("a good start,", "many")]
    );
}

#[test]
fn a_pronoun_prefers_a_person_of_its_gender_named_in_its_paragraph_to_an_earlier_speaker_of_unknown_gender(
) {
    assert_eq!(
        quotes("pronoun_gender_named_in_paragraph"),
        [pair(
            "Nothing like it has come to this city before.",
            "Peter Hale"
        )]
    );
}

#[test]
fn a_pronoun_takes_no_antecedent_named_between_it_and_its_verb() {
    assert_eq!(
        quotes("pronoun_before_object"),
        [pair(
            "Ann Cole has never done anything for us.",
            "Kofi Osei"
        )]
    );
}

#[test]
fn a_name_joined_to_its_particle_by_a_hyphen_is_one_name() {
    assert_eq!(
        quotes("name_particle_hyphenated"),
        [pair(
            "Everyone who was hurt has been taken to hospital,",
            "Suleiman al-Amr"
        )]
    );
}

#[test]
fn a_description_opening_the_clause_before_a_relative_clause_is_the_subject() {
    assert_eq!(
        quotes("description_opening_clause_before_relative"),
        [pair("Take heed and learn from history.", "Omar Haddad")]
    );
}

#[test]
fn an_organisations_name_runs_over_its_of_phrase() {
    assert_eq!(
        quotes("organisation_of_phrase"),
        [
            pair(
                "Ground-level ozone harms more crops than any other pollutant.",
                "U.S. Department of Agriculture"
            ),
            pair("Rates will stay where they are,", "Bank of Canada")
        ]
    );
}

#[test]
fn an_s_form_after_a_name_with_of_is_its_verb() {
    assert_eq!(
        quotes("verb_after_of_name"),
        [pair(
            "Ground-level ozone harms more crops than any other pollutant.",
            "Department of Agriculture"
        )]
    );
}

#[test]
fn a_title_or_an_organisation_runs_over_its_for_phrase() {
    assert_eq!(
        quotes("title_with_for"),
        [
            pair("many schools will raise their fees.", "Toccafondi"),
            pair(
                "The plan leaves millions uninsured,",
                "Center for American Progress"
            )
        ]
    );
}

#[test]
fn a_description_after_with_is_the_subject_of_the_participle_after_it() {
    assert_eq!(
        quotes("with_description_participle"),
        [pair(
            "Nobody can look at both sides if one side is gone.",
            "one poster"
        )]
    );
}

#[test]
fn a_title_of_a_work_of_eleven_words_is_not_a_quotation() {
    assert!(quotes("long_title_of_work").is_empty());
}

#[test]
fn fired_back_and_shot_back_report_a_reply_and_a_shooting_reports_nothing() {
    assert_eq!(
        quotes("particle_back"),
        [
            pair(
                "If they sue us here, they are going to lose.",
                "Dana Whitfield"
            ),
            pair("They are only here for the free food,", "Tom Reilly"),
            pair("a nightmare.", "Witnesses")
        ]
    );
}

#[test]
fn a_time_phrase_opening_the_sentence_is_no_speaker() {
    assert_eq!(
        quotes("time_phrase_opening_clause"),
        [pair(
            "We have been friends for a long time.",
            "Dana Whitfield"
        )]
    );
}

#[test]
fn a_capitalised_modifier_and_a_lower_case_one_before_a_plural_group_noun_make_one_speaker() {
    assert_eq!(
        quotes("capitalised_modifier_group"),
        [pair("explosive yield", "Nuclear proliferation experts")]
    );
}

#[test]
fn a_quantifier_alone_before_an_appositive_comma_is_the_speaker() {
    assert_eq!(
        quotes("quantifier_before_comma"),
        [pair("Stop the cover-up!", "Others")]
    );
}

#[test]
fn says_after_a_noun_for_a_thing_is_a_verb() {
    assert_eq!(
        quotes("says_after_a_thing"),
        [pair(
            "has a passion for defending the wrong people.",
            "The clip"
        )]
    );
}

#[test]
fn police_and_a_bare_plural_group_noun_speak_before_and_after_the_verb() {
    assert_eq!(
        quotes("bare_group_nouns"),
        [
            pair("The march was peaceful,", "police"),
            pair("Two people were arrested,", "officials"),
            pair("The roads are open again,", "police in Lagos")
        ]
    );
}

#[test]
fn clerical_diplomatic_and_military_abbreviations_are_titles_that_end_no_sentence() {
    assert_eq!(
        quotes("abbreviated_titles"),
        [
            pair("We will not stop,", "Brendan McGuinness"),
            pair("We are ready for whatever comes,", "Ana Torres"),
            pair("We will rebuild,", "Chidi Okeke")
        ]
    );
}

#[test]
fn particles_in_a_row_stay_inside_a_name() {
    assert_eq!(
        quotes("name_particles_in_a_row"),
        [
            pair("We are not finished,", "Pieter van der Berg"),
            pair("Neither are we,", "Ana María Rodríguez de la Cruz")
        ]
    );
}

#[test]
fn a_person_read_as_he_is_no_antecedent_of_a_later_she() {
    assert_eq!(
        quotes("pronoun_gender_learned"),
        [
            pair("We never close,", "Chinedu Eze"),
            pair("Not even on Christmas,", "Jane Okoro")
        ]
    );
}

#[test]
fn a_job_title_in_man_does_not_outrank_a_womans_given_name() {
    assert_eq!(
        quotes("job_title_in_man_for_a_woman"),
        [pair("We are always here,", "Hope Adeyemi")]
    );
}

#[test]
fn a_capitalised_title_after_the_gives_way_to_the_name_in_apposition() {
    assert_eq!(
        quotes("the_title_and_name_in_apposition"),
        [
            pair("We will not be bullied,", "Keir Halloway"),
            pair("Our sales will recover,", "Anne Dubois"),
            pair("The talks are over,", "the Foreign Secretary")
        ]
    );
}

#[test]
fn a_state_in_a_dateline_is_no_antecedent_for_a_pronoun() {
    assert_eq!(
        quotes("dateline_with_state"),
        [("It was terrifying,".to_string(), None)]
    );
}

#[test]
fn an_s_form_followed_by_a_verb_is_a_plural_noun_not_a_cue() {
    assert_eq!(
        quotes("plural_noun_before_verb"),
        [pair("We are close,", "Ali Rezaei")]
    );
}

#[test]
fn a_capitalised_word_before_a_group_noun_is_no_pronoun_antecedent() {
    assert_eq!(
        quotes("name_modifying_group_noun"),
        [("We were lucky,".to_string(), None)]
    );
}

#[test]
fn a_name_before_an_appositive_between_dashes_is_a_subject() {
    assert_eq!(
        quotes("subject_before_dash_appositive"),
        [pair("She will fight for every family,", "Tom Reilly")]
    );
}

#[test]
fn a_common_word_opening_a_sentence_is_no_pronoun_antecedent() {
    assert_eq!(
        quotes("common_word_opening_sentence"),
        [("We will fight this,".to_string(), None)]
    );
}

#[test]
fn a_follow_on_paragraph_in_single_quotes_is_the_british_speakers() {
    assert_eq!(
        quotes("british_follow_on_paragraph"),
        [
            pair("It hurt,", "Grace Mbeki"),
            pair("It broke my heart.", "Grace Mbeki")
        ]
    );
}

#[test]
fn a_short_sentence_that_is_a_whole_paragraph_carries_the_last_speaker_over() {
    assert_eq!(
        quotes("short_follow_on_paragraph"),
        [
            pair("We lost the final today,", "Jane Smith"),
            pair("We were awful.", "Jane Smith")
        ]
    );
}

#[test]
fn a_sentence_case_heading_in_single_quotes_among_double_quotes_is_no_quotation() {
    assert_eq!(
        quotes("sentence_case_heading"),
        [pair(
            "If I were younger, I would go back to school,",
            "Ann Cole"
        )]
    );
}

#[test]
fn it_said_takes_up_a_one_word_organisation_named_in_its_paragraph() {
    assert_eq!(
        quotes("it_said_after_one_word_organisation"),
        [pair("We disagree with the decision,", "Google")]
    );
}

#[test]
fn they_takes_up_the_group_that_opens_a_sentence_before_it() {
    assert_eq!(
        quotes("they_after_group_opening_sentence"),
        [pair("We want our jobs back,", "Protesters")]
    );
}

#[test]
fn a_title_case_quote_inside_the_writers_sentence_is_a_title_not_speech() {
    assert!(quotes("title_inside_sentence").is_empty());
}

#[test]
fn nicknames_inside_a_name_or_after_nicknamed_are_no_quotations() {
    assert!(quotes("nicknames").is_empty());
}

#[test]
fn a_first_sentence_full_of_names_is_no_headline_and_its_people_are_antecedents() {
    assert_eq!(
        quotes("first_sentence_full_of_names"),
        [pair("We had a good meeting,", "Kathy Ruiz-Moreno")]
    );
}

#[test]
fn chief_of_staff_is_a_title_before_the_name() {
    assert_eq!(
        quotes("chief_of_staff_title"),
        [
            pair("Pat Kennedy is the greatest,", "Denis Hale"),
            pair("The plane left a few minutes ago,", "Wendy Sherman")
        ]
    );
}

#[test]
fn a_plural_demonym_is_a_group_and_no_antecedent_of_he() {
    assert_eq!(
        quotes("demonym_plural_group"),
        [pair("We will win this state,", "Tom Reilly")]
    );
}

#[test]
fn a_new_named_subject_after_a_quote_ends_the_continuation_of_its_speaker() {
    assert_eq!(
        quotes("new_subject_ends_continuation"),
        [
            pair("must stop treating the island like a colony.", "Tom Reilly"),
            pair("serious concerns", "Ann Cole")
        ]
    );
}

#[test]
fn a_relative_clause_after_a_description_ends_before_a_coordinated_verb() {
    assert_eq!(
        quotes("relative_clause_before_coordinated_verb"),
        [pair(
            "The deal was far too lenient,",
            "a former official who oversaw the inquiry"
        )]
    );
}

#[test]
fn in_a_clause_opened_by_as_the_name_after_it_is_the_speaker_past_its_appositive() {
    assert_eq!(
        quotes("as_name_appositive_put_it"),
        [pair(
            "Senate Republicans should remember that a compromise is possible.",
            "Akhil Amar"
        )]
    );
}

#[test]
fn one_of_a_group_after_with_is_the_subject_of_the_participle_after_it() {
    assert_eq!(
        quotes("with_quantified_description_participle"),
        [pair(
            "Is Ana Reyes independent enough to serve?",
            "one of her ads"
        )]
    );
}

#[test]
fn a_capitalised_group_noun_before_for_or_of_a_name_is_the_speaker_with_it() {
    assert_eq!(
        quotes("group_for_name"),
        [
            pair("devastating.", "Lawyers for Marcus Reed"),
            pair("She would never do that.", "Friends of Ann Lee")
        ]
    );
}

#[test]
fn the_person_an_outlet_quoted_as_saying_something_is_its_speaker() {
    assert_eq!(
        quotes("quoted_as_saying"),
        [
            pair("at an impasse.", "Dmitry Peskov"),
            pair("There is no progress,", "Maria Zakharova")
        ]
    );
}

#[test]
fn a_fragment_closing_an_opening_clause_keeps_its_verb_when_the_next_verb_takes_an_object() {
    assert_eq!(
        quotes("fragments_in_contrasting_clauses"),
        [
            pair("a triumph,", "Tom Baker"),
            pair("a disaster.", "Ann Lee")
        ]
    );
}

#[test]
fn sports_roles_are_titles_before_a_name() {
    assert_eq!(
        quotes("sports_titles"),
        [
            pair("Great,", "Harry Lane"),
            pair("They deserved it,", "Jurgen Kloss"),
            pair("quiet", "Kevin Duhamel")
        ]
    );
}

#[test]
fn the_and_a_nationality_is_a_description_not_a_name() {
    assert_eq!(
        quotes("the_nationality"),
        [pair("I am happy,", "the Spaniard")]
    );
}

#[test]
fn a_given_name_and_a_possessive_surname_name_a_pronoun_antecedent() {
    assert_eq!(
        quotes("possessive_full_name"),
        [pair("We lacked belief,", "Daniel Farke")]
    );
}

#[test]
fn an_appositive_between_plain_text_dashes_is_skipped_to_the_name() {
    assert_eq!(
        quotes("plain_text_dashes"),
        [
            pair("We were lucky.", "Tom Baker"),
            pair("We deserved more.", "Ann Cole")
        ]
    );
}

#[test]
fn the_possessor_of_a_statement_noun_before_a_colon_is_the_speaker() {
    assert_eq!(
        quotes("possessor_of_statement"),
        [
            pair("We will see them in court.", "Barbara Lin"),
            pair("We never comment on lawsuits.", "Tom Reilly")
        ]
    );
}

#[test]
fn emotive_verbs_like_beamed_and_raged_are_cues() {
    assert_eq!(
        quotes("emotive_verbs"),
        [
            pair("We were magnificent,", "Tom Baker"),
            pair("This is a disgrace,", "Ann Cole")
        ]
    );
}

#[test]
fn mr_and_mrs_of_one_surname_are_two_speakers() {
    let text = fixture("mr_and_mrs");
    let doc = whosaid::extract(&text);
    assert_eq!(doc.quotes.len(), 2);
    let (a, b) = (doc.quotes[0].speaker, doc.quotes[1].speaker);
    assert!(a.is_some() && b.is_some() && a != b, "{:?}", doc.speakers);
}

#[test]
fn a_message_saying_something_is_the_words_of_its_sender() {
    assert_eq!(
        quotes("message_saying_sender"),
        [pair("You will regret this.", "Smith")]
    );
}

#[test]
fn they_never_takes_up_a_singular_description() {
    assert_eq!(
        quotes("they_not_singular_description"),
        [pair("He is innocent,", "Defense lawyers")]
    );
}

#[test]
fn a_gendered_description_opening_a_sentence_is_a_pronoun_antecedent() {
    assert_eq!(
        quotes("gendered_description_antecedent"),
        [
            pair("Bad,", "Helen Ortiz"),
            pair("He is a good boy,", "Reed’s mother")
        ]
    );
}

#[test]
fn words_listed_after_such_as_are_mentioned_not_said() {
    assert!(quotes("listed_words").is_empty());
}

#[test]
fn it_said_takes_up_a_singular_description_in_its_paragraph() {
    assert_eq!(
        quotes("it_said_after_description"),
        [pair("We disagree with the decision,", "The ministry")]
    );
}

#[test]
fn a_title_case_quote_after_a_word_for_a_work_and_a_comma_is_its_title() {
    assert_eq!(
        quotes("title_after_work_word_comma"),
        [pair("Never again,", "Ann Lee")]
    );
}

#[test]
fn a_title_inside_the_reported_clause_does_not_cut_the_fragment_from_its_cue() {
    assert_eq!(
        quotes("title_inside_reported_clause"),
        [pair("the hardest thing I have ever done.", "Ann Lee")]
    );
}

#[test]
fn a_given_name_alone_names_the_person_whose_full_name_opens_with_it() {
    assert_eq!(
        quotes("given_name_for_full_name"),
        [pair("We lost everything,", "Omar Farouk")]
    );
}

#[test]
fn in_the_passive_the_speaker_follows_by() {
    assert_eq!(
        quotes("passive_told_by"),
        [pair("You are fired,", "Pierce")]
    );
}

#[test]
fn in_the_passive_without_by_the_listener_is_not_the_speaker() {
    assert_eq!(
        quotes("passive_told_unnamed"),
        [("I saw him stab the man,".to_string(), None)]
    );
}

#[test]
fn a_gendered_noun_before_an_apposed_name_gives_it_that_gender() {
    assert_eq!(
        quotes("apposed_gendered_noun"),
        [pair("Our father started it,", "Xu Li")]
    );
}

#[test]
fn html_entities_inside_a_name_join_it_and_are_decoded_in_the_speaker() {
    assert_eq!(
        quotes("html_entities_in_names"),
        [pair("We will appeal,", "Tom O’Neil")]
    );
}

#[test]
fn a_full_name_in_the_possessive_opens_a_description_that_keeps_it() {
    assert_eq!(
        quotes("named_possessor_description"),
        [
            pair("We will appeal this ruling,", "Ann Hara’s lawyer"),
            pair("It was a fair trial,", "Rosa Diaz"),
        ]
    );
}

#[test]
fn a_past_tense_after_a_possessed_noun_is_its_verb_not_part_of_it() {
    assert_eq!(
        quotes("possessed_noun_before_past_tense"),
        [pair(
            "We have to knock on every door.",
            "Ann Hara’s campaign manager"
        )]
    );
}

#[test]
fn a_family_name_written_first_alone_names_the_person_named_in_full() {
    assert_eq!(
        quotes("family_name_first"),
        [pair("Nobody can afford it any more,", "Zhang Wei")]
    );
}

#[test]
fn titles_written_without_a_full_stop_are_not_part_of_the_name() {
    assert_eq!(
        quotes("titles_without_full_stop"),
        [
            pair("This is a quiet community,", "Sarah Kiely"),
            pair("Enough is enough,", "Joe Ajayi"),
        ]
    );
}

#[test]
fn dotted_honorifics_before_a_name_end_no_sentence() {
    assert_eq!(
        quotes("dotted_honorifics"),
        [
            pair("We will begin with Kerala,", "Meena Iyer"),
            pair("The road will be ready in May,", "Dave Okonkwo"),
        ]
    );
}

#[test]
fn reporting_verbs_that_double_their_last_consonant_are_cues() {
    assert_eq!(
        quotes("doubled_consonant_verbs"),
        [
            pair("The plan is flawed,", "Vikram Singh"),
            pair("Over 12,000 potholes have been filled,", "Anil Sakhare"),
        ]
    );
}

#[test]
fn a_whole_quote_with_its_full_stop_after_the_closing_mark_is_kept() {
    assert_eq!(
        quotes("full_stop_after_closing_mark"),
        [(
            "We will act. Nobody will be spared".to_string(),
            Some("Kavitha Rao".to_string())
        )]
    );
}

#[test]
fn a_single_quote_opening_with_the_word_a_is_a_quotation() {
    assert_eq!(
        quotes("single_quote_opening_with_a"),
        [pair("a betrayal of renters", "Adam Bandy")]
    );
}

#[test]
fn reporting_verbs_with_a_particle_and_verbs_of_manner_are_cues() {
    assert_eq!(
        quotes("particle_and_manner_cues"),
        [
            pair("We were lucky,", "Tom Reilly"),
            pair("Very lucky.", "Tom Reilly"),
            pair("Not true,", "Dana Cole"),
            pair("Some of us are still healing,", "Ana Ruiz"),
        ]
    );
}

#[test]
fn a_surname_that_is_also_a_given_name_links_to_the_full_name() {
    assert_eq!(
        quotes("given_name_as_surname"),
        [pair("It is long overdue,", "Diane Russell")]
    );
}

#[test]
fn given_names_of_many_languages_tell_he_from_she() {
    assert_eq!(
        quotes("names_of_many_languages"),
        [pair("We never close,", "Siobhan Kiely")]
    );
}

#[test]
fn a_family_speaks_as_a_group_and_is_no_adverb() {
    assert_eq!(
        quotes("family_as_speaker"),
        [
            pair("He was a loving father,", "the family"),
            pair("We are heartbroken,", "the Singh family"),
            pair("We are devastated,", "a friend of the family"),
        ]
    );
}

#[test]
fn a_capitalised_occupation_before_a_name_is_its_title() {
    assert_eq!(
        quotes("capitalised_occupations"),
        [
            pair("We let him down,", "Devin Carr"),
            pair("The trend is worrying,", "Rachel Amsel"),
            pair("We are still working on it,", "Derek Fong"),
        ]
    );
}

#[test]
fn a_name_before_a_colon_signs_the_quote_only_when_it_opens_its_clause() {
    assert_eq!(
        quotes("name_colon_only_opening_its_clause"),
        [
            pair("Will you publish the report?", "Maria Delacroix"),
            pair(
                "There will never be another season like it.",
                "The director"
            ),
            pair("The turnout models were wrong.", "Carl Bialik"),
        ]
    );
}

#[test]
fn a_gendered_noun_with_a_name_in_apposition_leaves_the_pronoun_to_the_name() {
    assert_eq!(
        quotes("gendered_noun_before_apposed_name"),
        [pair("I tried to call him all night,", "Ingrid Sorlie")]
    );
}

#[test]
fn and_or_an_ampersand_joins_an_organisations_name_but_not_two_people() {
    assert_eq!(
        quotes("organisation_names_with_and"),
        [
            pair("reviewing the data.", "Food and Drug Administration"),
            pair("We are confident,", "Procter & Gamble"),
            // Two people, speaking together.
            pair(
                "Both bills will pass,",
                "Phil Berger and House Speaker Tim Moore"
            ),
        ]
    );
}

#[test]
fn an_ampersand_or_a_space_written_as_an_entity_is_read_as_the_char() {
    assert_eq!(
        quotes("entities_between_words"),
        [
            pair("We are confident,", "Harlow & Finch"),
            pair("Rates are too high,", "Angus Taylor"),
        ]
    );
}

#[test]
fn an_office_over_of_the_or_and_and_an_apposed_acronym_title_leave_the_name() {
    assert_eq!(
        quotes("offices_and_acronym_titles"),
        [
            pair("Parliament will play its role.", "Anita Omondi"),
            pair("Government is committed to dialogue.", "Lai Bako"),
            pair("The plan is flawed,", "Ravi Shukla"),
            pair("Our door remains open.", "Paul Granger"),
        ]
    );
}

#[test]
fn a_subject_with_a_relative_clause_or_participle_phrase_speaks_not_its_object() {
    assert_eq!(
        quotes("subject_with_relative_clause"),
        [
            pair("terrified.", "The woman who found the body"),
            pair(
                "heard voices.",
                "The man accused of setting fire to a synagogue"
            ),
            pair("deeply sorry.", "The owner of the dog that bit the boy"),
        ]
    );
}

#[test]
fn an_unnamed_person_opening_a_sentence_is_the_pronouns_unless_someone_is_named_after() {
    assert_eq!(
        quotes("unnamed_person_as_antecedent"),
        [
            pair("This was senseless,", "Maria Lopez"),
            pair("It sounded like a fight,", "A neighbour"),
            pair("Never better,", "Tom Reilly"),
        ]
    );
}

#[test]
fn a_speech_event_inside_the_words_another_reports_yields_the_pronoun_to_the_reporter() {
    assert_eq!(
        quotes("event_inside_reported_words"),
        [
            pair("He knows what he did,", "Richard Haines"),
            pair("My door is open,", "Scott Landry"),
        ]
    );
}

#[test]
fn a_name_after_a_preposition_is_no_subject_for_a_later_pronoun() {
    assert_eq!(
        quotes("name_after_preposition_is_no_subject"),
        [pair("a fantasy.", "Tom Reed")]
    );
}

#[test]
fn people_named_together_speak_as_one_group() {
    assert_eq!(
        quotes("joint_speakers"),
        [
            pair(
                "We will double trade by 2030,",
                "Jan Kowalczyk and Ana Lemos"
            ),
            pair(
                "Public service is not a path to profit.",
                "Mark Hale and Rosa Delgado"
            ),
            pair("We would sign it again,", "Mark Hale and Rosa Delgado"),
        ]
    );
}

#[test]
fn a_label_in_a_what_clause_belongs_to_the_clauses_own_speaker() {
    assert_eq!(
        quotes("label_in_what_clause"),
        [
            pair("reset.", "Helena Varga"),
            pair("a tax on consumers.", "one economist"),
        ]
    );
}

#[test]
fn a_subject_with_a_participle_or_prepositional_phrase_speaks_as_a_whole() {
    assert_eq!(
        quotes("subject_with_phrase_after_head"),
        [
            pair("baseless.", "A lawyer representing Mr. Abramson"),
            pair("unbearable.", "Residents who live near the plant"),
            pair(
                "a betrayal.",
                "The union that represents workers at the plant"
            ),
            pair("dangerous.", "A doctor with 30 years of experience"),
            pair(
                "thorough.",
                "An official in the Justice Department’s civil rights division"
            ),
        ]
    );
}

#[test]
fn a_surname_that_is_a_common_word_or_ends_in_ing_is_a_name_after_its_given_name() {
    assert_eq!(
        quotes("surnames_that_are_common_words"),
        [
            pair("Every event needed officers,", "Darnell Weeks"),
            pair("a mess.", "Karl Henning"),
        ]
    );
}

#[test]
fn an_unnamed_speaker_is_taken_up_by_he_but_an_unnamed_questioner_is_not() {
    assert_eq!(
        quotes("unnamed_speaker_taken_up_by_pronoun"),
        [
            pair(
                "There were people inside who hated it,",
                "A former Pellston executive"
            ),
            pair("Not today,", "George Whitley"),
        ]
    );
}

#[test]
fn occupations_of_local_news_before_a_name_are_titles() {
    assert_eq!(
        quotes("occupations_of_local_news"),
        [
            pair("Every year we wait hurts kids,", "Jenna Marquez"),
            pair("I have spent 60 pounds on taxis.", "Sarah Whitlow"),
        ]
    );
}

#[test]
fn a_newspaper_told_before_a_colon_is_the_listener_not_the_speaker() {
    assert_eq!(
        quotes("newspaper_after_told_and_colon"),
        [
            pair("Jane has never met him.", "A friend"),
            // One of the pals: never the newspaper.
            pair("It is fiction from start to finish.", "One"),
            pair("The machines can be rigged.", "Stone"),
        ]
    );
}

#[test]
fn a_possessor_of_two_words_stays_whole_in_the_description() {
    assert_eq!(
        quotes("possessor_of_two_words"),
        [
            pair("precautionary measure.", "Saudi Arabia’s energy ministry"),
            pair("total lies.", "Chantelle Briggs’s husband"),
        ]
    );
}

#[test]
fn a_social_media_handle_names_the_speaker() {
    assert_eq!(
        quotes("social_media_handle"),
        [pair("He is not wrong,", "@sarah_dev_ops")]
    );
}

#[test]
fn according_to_an_object_pronoun_names_its_antecedent() {
    assert_eq!(
        quotes("according_to_pronoun"),
        [pair("The commission is fully prepared.", "Mahmood Yakasai")]
    );
}

#[test]
fn they_takes_up_a_group_opening_a_sentence_of_its_paragraph_before_anyone_earlier() {
    assert_eq!(
        quotes("they_takes_the_group_of_its_paragraph"),
        [pair("The cut is bullish,", "Analysts")]
    );
}

#[test]
fn short_references_link_past_a_particle_to_the_namesake_named_last() {
    assert_eq!(
        quotes("short_references_by_stem_and_recency"),
        [
            pair("Our security is a red line,", "Abdel Karim el-Masri"),
            pair("We agree,", "Omar Haddad"),
            pair("We will act,", "Modi"),
        ]
    );
}

#[test]
fn a_reporting_word_in_s_after_a_verb_and_a_capitalised_modifier_is_a_noun() {
    assert_eq!(
        quotes("capitalised_plural_noun_after_verb"),
        [pair("propaganda.", "Kremlin")]
    );
}

#[test]
fn habitual_speech_with_a_contracted_modal_or_used_to_has_its_subject() {
    assert_eq!(
        quotes("habitual_speech"),
        [
            pair("The plan works,", "Ann Hale"),
            pair("A needle can feed a family.", "My grandmother"),
        ]
    );
}

#[test]
fn the_office_of_a_place_and_a_nationality_after_the_are_descriptions() {
    assert_eq!(
        quotes("office_of_place_and_nationality"),
        [
            pair("The budget is fair.", "Cathal Brennock"),
            pair("fair.", "Ama Owusu"),
            pair("I could not follow him,", "the Dane"),
        ]
    );
}

#[test]
fn a_surname_in_ing_opening_a_sentence_and_one_with_a_post_nominal_link_to_the_full_name() {
    assert_eq!(
        quotes("surnames_in_ing_and_post_nominals"),
        [
            pair("was not ready.", "Alison Fleming"),
            pair("There is an innocent explanation,", "Nicholas Pryor"),
            pair("We have seen the van.", "Imran Qureshi"),
        ]
    );
}

#[test]
fn decomposed_accents_stay_in_the_name_and_the_person_quoted_by_an_agency_speaks() {
    assert_eq!(
        quotes("decomposed_accents_and_passive_quoted"),
        [
            pair("It is early,", "E\u{301}lodie Marchetti-Brun"),
            pair("The enemies must understand,", "Kim Song-chol"),
        ]
    );
}

#[test]
fn a_capitalised_common_word_opening_a_title_keeps_the_name_a_subject() {
    assert_eq!(
        quotes("capitalised_word_opening_a_title"),
        [pair("The scan is clear,", "John Asante")]
    );
}

#[test]
fn a_name_set_off_before_who_said_is_the_speaker() {
    assert_eq!(
        quotes("relative_who_said"),
        [
            pair("you have already boxed it up,", "Imran Qureshi"),
            pair("She was the best person I knew.", "Joan Whitaker"),
        ]
    );
}

#[test]
fn a_participle_after_a_while_clause_is_said_by_that_clauses_subject() {
    assert_eq!(
        quotes("participle_after_while_clause"),
        [pair("it will fail.", "Colin Ashworth")]
    );
}

#[test]
fn a_common_plural_possessive_and_a_relative_before_a_name_open_their_phrases() {
    assert_eq!(
        quotes("plural_possessive_and_relative_before_name"),
        [
            pair("We are disgusted.", "The players’ union"),
            pair("I am very happy,", "Mwangi"),
            pair("The course was fast,", "Faith Muthoni"),
        ]
    );
}

#[test]
fn a_verb_right_after_the_noun_that_speaks_is_no_part_of_the_description() {
    assert_eq!(
        quotes("verb_after_the_noun_that_speaks"),
        [
            pair("for the next few years.", "the foundation"),
            pair("had no particular video in mind.", "A campaign official"),
        ]
    );
}

#[test]
fn a_short_of_phrase_before_the_verb_belongs_to_the_description() {
    assert_eq!(
        quotes("of_phrase_before_the_verb"),
        [
            pair("king of debt.", "The former secretary of state"),
            pair("followed every rule.", "A spokesman for Platte River"),
        ]
    );
}

#[test]
fn a_report_closing_the_sentence_owns_the_fragments_before_it() {
    assert_eq!(
        quotes("report_closing_the_sentence"),
        [
            pair("ties of any consequence,", "Maria Ortega"),
            pair("casually", "Maria Ortega"),
            pair("thorough.", "Maria Ortega"),
        ]
    );
}

#[test]
fn a_past_tense_after_a_name_is_its_verb_and_a_noun_after_the_is_no_verb() {
    assert_eq!(
        quotes("past_tense_after_a_name"),
        [
            pair("no ties of any consequence.", "FBI"),
            pair("close.", "One Republican involved in the talks"),
        ]
    );
}

#[test]
fn a_lone_surname_opening_the_pronouns_paragraph_is_its_antecedent() {
    assert_eq!(
        quotes("lone_surname_opening_the_paragraph"),
        [
            pair("I am with the home team,", "Ray Dunmore"),
            pair("Either side could win it,", "Okafor"),
        ]
    );
}

#[test]
fn a_described_person_with_a_phrase_after_the_noun_is_a_pronouns_antecedent() {
    assert_eq!(
        quotes("described_antecedent_with_phrase"),
        [
            pair("It is bad,", "Reince Pratt"),
            pair("We lost them,", "A Republican senator from Ohio"),
        ]
    );
}

#[test]
fn a_surname_read_as_a_man_yields_she_to_his_female_namesake() {
    assert_eq!(
        quotes("namesake_of_the_pronouns_gender"),
        [
            pair("thorough.", "An Army colonel"),
            pair("He was my only son,", "Carol Brandon"),
        ]
    );
}

#[test]
fn one_or_another_of_a_group_speaks_as_written() {
    assert_eq!(
        quotes("one_of_a_group"),
        [
            pair("It will pass,", "one"),
            pair("It will not,", "another"),
            pair("He should quit,", "one of them"),
        ]
    );
}

#[test]
fn a_short_adverbial_after_who_keeps_the_relatives_antecedent_as_speaker() {
    assert_eq!(
        quotes("relative_who_with_adverbial"),
        [
            pair("a carnival act.", "Tom Beck"),
            pair("a bad bargain.", "Ellen Marsh"),
            pair("a fraud.", "Dale Voss"),
        ]
    );
}

#[test]
fn a_label_before_a_colon_is_no_speaker() {
    assert_eq!(
        quotes("labels_before_a_colon"),
        [
            (
                "Violent crime has doubled in every big city.".to_string(),
                None
            ),
            ("Will you endorse the nominee?".to_string(), None),
            ("Not today, and maybe not ever.".to_string(), None),
        ]
    );
}

#[test]
fn according_to_closing_the_sentence_owns_its_fragments_but_not_the_sentence_after_a_quote() {
    assert_eq!(
        quotes("according_to_closing_the_sentence"),
        [
            pair(
                "inaccurate and incomplete",
                "a report from the inspector general"
            ),
            pair("without delay.", "Ruth Hale"),
        ]
    );
}

#[test]
fn a_front_page_blares_its_headline_under_a_name_with_a_verb_in_it() {
    assert_eq!(
        quotes("front_page_blared"),
        [
            pair("rocked.", "Daily Courier"),
            pair("Meltdown!", "the front page of The Harbor Herald"),
        ]
    );
}

#[test]
fn had_this_to_say_reports_its_subjects_words_after_an_opening_adverb() {
    assert_eq!(
        quotes("had_this_to_say"),
        [
            pair(
                "Families at the top would gain the most.",
                "a paper from the Hollis Institute"
            ),
            pair("It is a giveaway.", "Tom Hale"),
        ]
    );
}

#[test]
fn a_cue_after_a_quote_keeps_it_when_its_clause_runs_on_to_a_rant_of_another() {
    assert_eq!(
        quotes("went_on_about_in_a_long_sentence"),
        [
            pair("Are you winning?", "Nora Fisk"),
            pair("the broken system,", "Walt Hume"),
        ]
    );
}

#[test]
fn a_capitalised_plural_group_noun_after_a_modifier_is_no_person() {
    assert_eq!(
        quotes("plural_group_with_modifier"),
        [pair("open borders.", "Tom Baird")]
    );
}

#[test]
fn a_nickname_quoted_inside_a_name_is_no_quote_and_is_left_out_of_the_name() {
    assert_eq!(
        quotes("nickname_inside_a_name"),
        [pair("I cried the whole way,", "Juan Ortega")]
    );
}

#[test]
fn a_possessor_of_the_pronouns_gender_in_its_sentence_is_its_antecedent() {
    assert_eq!(
        quotes("possessor_in_the_pronouns_sentence"),
        [
            pair("This is a reckless plan,", "Victoria Hale"),
            pair("a hired gun", "Omar Brandt"),
        ]
    );
}

#[test]
fn the_subject_of_a_question_before_the_quote_is_its_pronouns_antecedent() {
    assert_eq!(
        quotes("question_subject_antecedent"),
        [
            pair("Sales fell by half this winter,", "Carl Mendez"),
            pair("Not really,", "Lionel Grady"),
        ]
    );
}

#[test]
fn a_person_introduced_with_an_appositive_after_the_last_speaker_takes_the_pronoun() {
    assert_eq!(
        quotes("introduced_with_an_appositive"),
        [
            pair("Let's beat them in November.", "Hal Brix"),
            pair("I thought it would be funny to dress up,", "Wes Tandy"),
        ]
    );
}

#[test]
fn sentence_adverbs_opening_a_clause_are_no_names() {
    assert_eq!(
        quotes("sentence_adverbs_are_no_names"),
        [
            pair("unchecked development", "Vic Orr"),
            pair("the sunrise caucus.", "one strategist"),
        ]
    );
}

#[test]
fn a_clause_ending_in_a_colon_gives_the_quote_to_its_subject_past_an_opening_phrase() {
    assert_eq!(
        quotes("clause_ending_in_a_colon"),
        [
            pair("You can vote against me in November.", "Ada Kern"),
            pair(
                "Youth unemployment is over fifty percent in some of our towns.",
                "Rae Dunn"
            ),
            pair("unfair", "Rae Dunn"),
        ]
    );
}

#[test]
fn a_place_and_its_state_in_parentheses_before_a_title_leave_the_subject_to_the_name() {
    assert_eq!(
        quotes("parenthetical_state_before_a_title"),
        [pair("The wall will be built.", "Joe Arpaio")]
    );
}

#[test]
fn a_statement_noun_owned_by_a_possessive_gives_the_fragment_to_its_owner() {
    assert_eq!(
        quotes("statement_noun_owned_by_a_possessive"),
        [
            pair("never inspected by anyone in the state.", "Lina Corvo"),
            pair("the numbers speak for themselves.", "Harold Quist"),
            pair("continue its discussion", "Ray Tumko"),
        ]
    );
}

#[test]
fn a_plural_after_a_or_a_number_is_a_noun_not_a_cue() {
    assert_eq!(
        quotes("nouns_read_as_verbs"),
        [
            pair("all emails about the stadium deal.", "Clearwater"),
            // Never "Marlow": "emails" is no verb here. The agency that
            // classified them used the word.
            pair("restricted.", "The agency"),
        ]
    );
}

#[test]
fn a_bodys_name_keeps_the_words_that_are_titles_elsewhere() {
    assert_eq!(
        quotes("body_names_keep_their_words"),
        [
            pair("top secret.", "State Department"),
            pair("a failure.", "Government Accountability Office"),
            pair("an outrage.", "National Rifle Association"),
        ]
    );
}

#[test]
fn a_fragment_in_an_opening_participle_phrase_is_the_main_subjects() {
    assert_eq!(
        quotes("fronted_participle_phrase"),
        [
            pair("an act of economic vandalism,", "Odile Marchetti"),
            pair("reckless spending", "Tom Greaves"),
        ]
    );
}

#[test]
fn mourners_and_spectators_are_people_who_chant() {
    assert_eq!(
        quotes("mourners_chanting"),
        [pair("Never again, never again.", "hundreds of mourners")]
    );
}

#[test]
fn a_name_on_a_dash_line_after_a_quote_signs_it_but_a_heading_does_not() {
    assert_eq!(
        quotes("signature_line_after_a_quote"),
        [
            pair("Nobody told me the bridge was closed.", "Elin Sato"),
            pair("It was a shouting match, not a debate.", "Ruth Okafor"),
            ("My whole life is on hold.".to_string(), None),
        ]
    );
}

#[test]
fn as_x_put_it_or_sang_reads_past_a_title_in_the_appositive() {
    assert_eq!(
        quotes("as_x_put_it_past_a_title"),
        [
            pair("Debt is a slow poison.", "Marta Veen"),
            pair("They will turn us all into beggars.", "Tumblers"),
        ]
    );
}

#[test]
fn a_name_opening_a_subordinate_clause_is_its_verbs_subject() {
    assert_eq!(
        quotes("subordinate_clause_subject"),
        [pair("total revolt", "Ray Tull")]
    );
}

#[test]
fn a_fragment_in_a_clause_of_time_after_a_report_is_its_own_speakers() {
    assert_eq!(
        quotes("clause_of_time_is_no_report"),
        [
            pair("too soft", "a voter in Dover"),
            pair("she was speaking for all of us.", "Alma Rusk"),
        ]
    );
}

#[test]
fn notes_and_banners_speak_their_words_after_an_opening_adverb() {
    assert_eq!(
        quotes("documents_that_speak"),
        [
            pair("You are a disgrace,", "the note"),
            pair("No more cuts.", "a banner"),
        ]
    );
}

#[test]
fn the_two_speak_for_the_people_just_named() {
    assert_eq!(
        quotes("the_two_write"),
        [
            pair("You have ignored the law for a decade,", "the two"),
            pair("no excuse.", "the two"),
        ]
    );
}

#[test]
fn referenced_is_a_cue_and_project_stays_a_title_word() {
    assert_eq!(
        quotes("referenced_is_a_cue"),
        [
            pair("political tensions", "IMF"),
            pair("safe.", "Tom Reyes"),
        ]
    );
}

#[test]
fn a_statement_before_a_colon_is_its_owners_and_one_of_a_named_group_yields_to_the_apposed_name() {
    assert_eq!(
        quotes("owner_and_appositive_after_one_of"),
        [
            pair(
                "I will put my record against hers any day.",
                "Rebecca Ashford"
            ),
            pair("step aside.", "Paul Singer"),
        ]
    );
}

#[test]
fn an_infinitive_after_a_descriptions_phrase_ends_it_without_cutting_it() {
    assert_eq!(
        quotes("description_before_an_infinitive"),
        [pair(
            "inaccurate and incomplete",
            "a report from the agency's inspector general"
        )]
    );
}

#[test]
fn a_described_person_in_the_possessive_owns_a_statement_noun() {
    assert_eq!(
        quotes("described_owner_of_a_statement"),
        [pair(
            "the most important institution in society is the family.",
            "The Florida senator"
        )]
    );
}

#[test]
fn a_quote_paragraph_carries_on_the_main_speaker_of_the_paragraph_before() {
    assert_eq!(
        quotes("previous_paragraph_main_clause"),
        [pair(
            "A win in California would powerfully underscore her weakness.",
            "Douglas Schoen"
        )]
    );
}

#[test]
fn a_fragment_in_an_owned_statements_that_clause_is_the_owners_unless_it_opens_a_report() {
    assert_eq!(
        quotes("owned_statement_after_a_report"),
        [
            pair("extremely careless.", "Ann Colby"),
            pair("simply not true.", "Cara Frame"),
        ]
    );
}

#[test]
fn an_adverb_in_ly_opening_the_sentence_leaves_the_subject_to_the_description() {
    assert_eq!(
        quotes("more_sentence_adverbs"),
        [pair("dead.", "a campaign aide")]
    );
}

#[test]
fn a_share_of_people_polled_speaks_as_a_group() {
    assert_eq!(
        quotes("shares_of_people_polled"),
        [
            pair("not listening.", "About four in 10"),
            pair("doing fine,", "Only 52 percent"),
            pair("a mess.", "Sixty-two percent"),
        ]
    );
}

#[test]
fn a_short_given_name_makes_a_common_word_after_it_a_surname() {
    assert_eq!(
        quotes("short_given_name_before_a_word_surname"),
        [pair("Markets will adjust to the new rules,", "Ed From")]
    );
}

#[test]
fn a_bare_quote_after_an_asked_question_is_the_answer_of_the_one_asked() {
    assert_eq!(
        quotes("answer_after_an_asked_question"),
        [
            pair("Do you regret the remark?", "Brian Kessler"),
            pair("Not at all. I meant every word.", "Dale Voss"),
            pair("We had a good talk, right?", "Brian Kessler"),
            // A question said, not asked: the speaker goes on.
            pair("I think we did.", "Brian Kessler"),
        ]
    );
}

#[test]
fn the_answer_to_a_question_is_of_the_one_the_question_calls_by_name() {
    assert_eq!(
        quotes("answer_to_the_one_called_by_name"),
        [
            pair(
                "Dale, good morning. Do you want to clarify what you meant?",
                "Brian Kessler"
            ),
            pair("Brian, I meant exactly what I said.", "Dale Pritchard"),
        ]
    );
}

#[test]
fn a_described_subject_owns_a_fragment_its_sentence_quotes_without_a_cue() {
    assert_eq!(
        quotes("described_subject_of_a_scare_quote"),
        [pair(
            "rigged economy that rewards the few and leaves the rest behind",
            "The new ad"
        )]
    );
}

#[test]
fn a_past_participle_after_a_described_subject_stays_in_its_phrase() {
    assert_eq!(
        quotes("participle_after_a_described_subject"),
        [
            pair(
                "a decade of broken promises to rural families.",
                "A campaign video released Thursday"
            ),
            pair(
                "plainly unlawful.",
                "A legal memo drafted for the county in 2019"
            ),
        ]
    );
}

#[test]
fn the_subject_of_a_passive_is_not_the_speaker_of_its_fragment() {
    assert_eq!(
        quotes("passive_subject_of_a_fragment"),
        [
            // Accused by no one named: no speaker.
            ("treating the budget like a slush fund.".to_string(), None),
            // "is reported to have called": the active verb is his.
            pair("a slush fund for cronies and friends.", "Ben Okafor"),
        ]
    );
}

#[test]
fn a_contracted_first_or_second_person_pronoun_is_no_name() {
    assert_eq!(
        quotes("contracted_pronoun_subjects"),
        [
            // "You've": the one addressed is not named.
            ("a confession of failure.".to_string(), None),
            // "I'm": the writer; the participle's subject is Alder.
            pair("a promise we can keep.", "Ruth Alder"),
        ]
    );
}

#[test]
fn a_bodys_name_runs_over_a_second_of() {
    assert_eq!(
        quotes("body_name_with_two_ofs"),
        [
            pair(
                "baseless and provocative.",
                "Ministry of Defence of Norland"
            ),
            pair(
                "entirely without foundation.",
                "Ministry of Foreign Affairs of Estoria"
            ),
        ]
    );
}

#[test]
fn the_person_quoted_as_saying_may_be_a_name_in_apposition() {
    assert_eq!(
        quotes("quoted_as_saying_past_an_appositive"),
        [pair("will not ask anyone for permission.", "Ilya Brusov")]
    );
}

#[test]
fn a_title_alone_before_a_comma_is_addressed_not_the_speaker() {
    assert_eq!(
        quotes("vocative_title_before_the_subject"),
        [
            pair("a giveaway to developers and nobody else.", "critics"),
            pair("still rising faster than wages.", "a tenants' association"),
        ]
    );
}

#[test]
fn a_pronoun_takes_up_a_described_relative_of_its_gender() {
    assert_eq!(
        quotes("pronoun_for_a_described_relative"),
        [
            pair(
                "We worked all our lives for that house,",
                "the brother of one victim"
            ),
            pair("We waited years for this day,", "The victim's daughter"),
        ]
    );
}

#[test]
fn a_bare_quote_paragraph_after_narration_naming_no_one_keeps_the_speaker() {
    assert_eq!(
        quotes("speaker_goes_on_past_narration_naming_no_one"),
        [
            pair(
                "You never forget the sound of the foghorn,",
                "Walter Penhallow"
            ),
            pair(
                "There was nothing I could do but keep the light burning and wait for morning.",
                "Walter Penhallow"
            ),
        ]
    );
}

#[test]
fn a_possessed_answer_before_a_colon_is_the_owners_not_the_askers() {
    assert_eq!(
        quotes("possessed_answer_before_a_colon"),
        [pair(
            "Nobody reads the agenda before the meeting.",
            "Rosa Diaz"
        )]
    );
}

#[test]
fn was_her_reply_after_a_quote_gives_it_to_the_one_asked() {
    assert_eq!(
        quotes("was_her_reply_after_the_quote"),
        [pair(
            "Nobody reads the agenda before the meeting,",
            "Ann Cole"
        )]
    );
}

#[test]
fn a_cue_set_off_by_its_comma_is_the_quotes_before_it_not_a_titles_after() {
    assert_eq!(
        quotes("cue_after_question_before_a_title"),
        [
            pair("You know Lena Park is free next year, right?", "Ruth Alder"),
            pair("Then you will have to ask her agent,", "the host"),
        ]
    );
}

#[test]
fn the_media_and_a_broadcaster_speak_like_any_group() {
    assert_eq!(
        quotes("media_as_a_speaker"),
        [
            pair("respond with force to any provocation,", "state media"),
            pair(
                "The exercises will continue through the weekend,",
                "state television"
            ),
            pair("frightened by the noise all night.", "Local media"),
        ]
    );
}

#[test]
fn elder_before_a_name_is_a_title_and_after_a_given_name_a_surname() {
    assert_eq!(
        quotes("elder_as_a_title"),
        [
            pair("our lifeline, and it always has been.", "Joseph Kakegamic"),
            pair("We will win this seat,", "Larry Elder"),
        ]
    );
}

#[test]
fn a_directorates_name_runs_over_and() {
    assert_eq!(
        quotes("body_name_joined_by_and"),
        [pair(
            "The drones are not suited to the needs of field agents,",
            "Science and Technology Directorate"
        )]
    );
}

#[test]
fn a_past_tense_right_after_a_quote_and_its_subject_reports_it() {
    assert_eq!(
        quotes("unlisted_verb_after_a_quote"),
        [
            pair("No!", "the audience"),
            pair("The budget, at the branch level —", "Tom Whitby"),
        ]
    );
}

#[test]
fn a_described_subject_reaches_its_verb_past_an_aside_between_dashes() {
    assert_eq!(
        quotes("description_before_a_dash_aside"),
        [pair("a tragedy for every rural hospital.", "The governors")]
    );
}

#[test]
fn they_takes_up_a_crowd_or_another_body_of_people() {
    assert_eq!(
        quotes("they_for_a_crowd"),
        [pair("Theo! Theo! Theo!", "The crowd inside the theater")]
    );
}

#[test]
fn a_short_sentence_closing_the_paragraph_before_sets_up_the_speaker() {
    assert_eq!(
        quotes("speaker_set_up_by_a_short_sentence"),
        [pair(
            "We had a frank conversation, and we did not agree on much.",
            "Vance Oduya"
        )]
    );
}

#[test]
fn a_name_after_the_comma_of_according_to_opens_a_clause_not_an_apposition() {
    assert_eq!(
        quotes("according_to_before_a_new_subject"),
        [
            pair("steered", "a person familiar with the investigation"),
            // Closed by the end of the sentence: an apposition.
            pair("We will cooperate fully,", "Ann Blake"),
        ]
    );
}

#[test]
fn a_fragment_reported_in_a_clause_of_time_is_that_clauses_not_the_main_clauses() {
    assert_eq!(
        quotes("fragment_in_a_clause_of_time"),
        [
            pair("still reviewing the matter,", "Ben Webb"),
            pair("table stakes,", "a Google manager"),
            pair("Then ship it.", "Josh Whitcomb"),
        ]
    );
}

#[test]
fn a_report_inside_a_clause_of_until_is_its_own_subjects() {
    assert_eq!(
        quotes("report_inside_a_clause_of_until"),
        [pair("never met a union contract he liked.", "a friend")]
    );
}

#[test]
fn one_opening_a_what_clause_speaks_for_the_group_before() {
    assert_eq!(
        quotes("one_in_a_what_clause"),
        [pair("serious irregularities", "one")]
    );
}

#[test]
fn an_irregular_past_like_began_reports_by_position_too() {
    assert_eq!(
        quotes("irregular_past_after_a_quote"),
        [pair(
            "Congresswoman, those were decisions made at the branch level —",
            "Whitby"
        )]
    );
}

#[test]
fn a_verb_form_after_a_possessive_is_no_cue() {
    // "alleged" describes the paramours: no one is reported saying the
    // word, and no "the congressman's" speaks it.
    assert_eq!(quotes("verb_form_after_a_possessive"), []);
}

#[test]
fn a_surname_that_is_also_a_modal_is_the_speaker_once_the_text_gave_it() {
    assert_eq!(
        quotes("surname_that_is_a_modal"),
        [
            pair("a bloviating ignoramus.", "George Will"),
            pair("He is unfit for the office,", "George Will"),
        ]
    );
}

#[test]
fn a_person_named_before_the_verb_beats_a_body_named_in_the_opening_phrase() {
    assert_eq!(
        quotes("person_after_a_body_in_an_opening_phrase"),
        [pair("taken out of context.", "Tyler Brandywine")]
    );
}

#[test]
fn the_words_of_a_chant_are_the_chanting_subjects() {
    assert_eq!(
        quotes("words_of_a_chant"),
        [pair("Tax the rich!", "the protesters")]
    );
}

#[test]
fn a_headline_passive_without_its_auxiliary_makes_no_speaker() {
    // "Ministers accused of …": the ministers are accused, they say
    // nothing; a headline phrase with no speaker is left out.
    assert_eq!(
        quotes("headline_passive_without_auxiliary"),
        [pair("put on ice,", "Mary Dunn")]
    );
}

#[test]
fn a_shout_is_of_those_it_comes_from_not_of_the_clauses_reporter() {
    assert_eq!(
        quotes("shout_from_someone"),
        [
            // "from the back of the hall" names no one.
            ("We have heard that before!".to_string(), None),
            pair("Where is the money?", "the farmers"),
        ]
    );
}

#[test]
fn a_given_name_tells_which_person_a_pronoun_can_be() {
    // Yvette is a woman's name: "he" is Mr. Whitby.
    assert_eq!(
        quotes("given_name_tells_the_pronoun"),
        [pair("still reviewing the matter,", "Whitby")]
    );
}

#[test]
fn a_clause_after_a_dash_is_no_signature_and_the_subject_before_it_speaks() {
    // "— the confetti rained down on the crowd" has its verb: it signs
    // nothing. The quote breaks into Marsh's clause of time.
    assert_eq!(
        quotes("signature_dash_before_clause"),
        [pair("We will win this state!", "Lena Marsh")]
    );
}

#[test]
fn jeering_reports_the_words_jeered() {
    assert_eq!(
        quotes("jeered_cue"),
        [pair("Back to your buses!", "the home supporters")]
    );
}

#[test]
fn multiple_opens_a_description_like_several() {
    assert_eq!(
        quotes("multiple_opens_description"),
        [pair(
            "far larger than admitted,",
            "multiple auditors who have seen the accounts"
        )]
    );
}

#[test]
fn a_description_opening_a_sentence_carries_its_person_to_a_later_pronoun() {
    // "The former mayor admitted …" is Pike again, after Ferris spoke:
    // "he said" is Pike.
    assert_eq!(
        quotes("pronoun_after_described_subject"),
        [pair("She told me to rest for once,", "Gordon Pike")]
    );
}

#[test]
fn a_person_called_by_a_given_name_inside_the_quote_is_not_its_speaker() {
    // "Agnes" in the quote is Agnes Kovac: "she" is Martina.
    assert_eq!(
        quotes("given_name_inside_quote"),
        [pair(
            "Agnes was tired of waiting. I am not,",
            "Martina Kovac"
        )]
    );
}

#[test]
fn a_subject_in_the_past_perfect_tells_background_and_the_speaker_before_keeps_the_pronoun() {
    // "Hoyle had not replied" is background: "he said" is still Montez.
    assert_eq!(
        quotes("past_perfect_is_background"),
        [pair("We will hold it without him,", "Frank Montez")]
    );
}

#[test]
fn a_given_name_used_for_both_genders_lets_the_title_tell() {
    // Andrea is a woman's name in English and a man's in Italian; the
    // spokeswoman is "she".
    assert_eq!(
        quotes("unisex_given_name_with_title"),
        [
            pair("The road is closed,", "Andrea Lind"),
            pair("It will take hours,", "Andrea Lind"),
        ]
    );
}

#[test]
fn one_of_a_group_is_the_speaker_a_later_pronoun_takes_up() {
    assert_eq!(
        quotes("pronoun_for_one_of_the_group"),
        [
            pair("We have traced most of the money,", "Tom Baird"),
            pair("They knew my address and my bank,", "One of the victims"),
        ]
    );
}

#[test]
fn another_introduces_a_new_person_a_later_pronoun_takes_up() {
    assert_eq!(
        quotes("pronoun_for_another_description"),
        [
            pair("The school has been fair,", "Maria Lentz"),
            pair("My boy is not ill,", "Another parent"),
        ]
    );
}

#[test]
fn a_surname_that_is_a_common_word_is_a_name_after_a_title_or_before_its_verb() {
    assert_eq!(
        quotes("surname_that_is_a_common_word"),
        [
            pair("blaming each other", "Prabodh More"),
            pair("Who pays? The residents,", "Prabodh More"),
        ]
    );
}

#[test]
fn a_month_that_is_a_given_name_opens_a_name() {
    assert_eq!(
        quotes("month_as_given_name"),
        [pair(
            "Those customers came every single day,",
            "June Okafor"
        )]
    );
}

#[test]
fn a_name_after_a_noun_and_its_title_is_the_subject_a_later_pronoun_takes_up() {
    // "nursing assistant Grace Ibekwe waited": Ibekwe is the subject,
    // after the opening phrase, so "she" is her.
    assert_eq!(
        quotes("subject_with_noun_before_title"),
        [
            pair("They promised us a clinic,", "Rachel Dunmore"),
            pair("I understand the delay,", "Grace Ibekwe"),
        ]
    );
}

#[test]
fn a_verdict_owned_by_a_possessive_is_the_owners_words() {
    assert_eq!(
        quotes("possessive_verdict"),
        [pair("The sea is emptier every year.", "Hamid Rostami")]
    );
}

#[test]
fn a_cue_inside_a_relative_clause_belongs_to_that_clauses_subject() {
    // "which several opposition members have called": the members, not
    // the councillor set off by her appositive.
    assert_eq!(
        quotes("cue_in_relative_clause"),
        [pair("a fantasy.", "several opposition members")]
    );
}

#[test]
fn a_person_asked_in_the_sentence_before_answers_the_bare_quote() {
    assert_eq!(
        quotes("set_up_by_being_asked"),
        [pair("It is a gift to the owners.", "Ines Barros")]
    );
}

#[test]
fn a_sentence_on_how_its_subject_spoke_sets_up_the_bare_quote() {
    // "was blunter": the negotiator, past the appositive clause and its
    // "asked".
    assert_eq!(
        quotes("set_up_by_manner_of_speaking"),
        [pair(
            "They offered us nothing we can take to our members.",
            "A union negotiator"
        )]
    );
}

#[test]
fn mrs_with_a_surname_is_not_the_man_the_text_named_in_full() {
    // "Mr. Brannock" made Ozias Brannock a man; "Mrs. Brannock" is
    // another person of that name.
    assert_eq!(
        quotes("mrs_is_not_the_named_husband"),
        [
            pair("Four more years,", "Ozias Brannock"),
            pair("We will see about that,", "Brannock"),
        ]
    );
}

#[test]
fn a_parenthetical_pronoun_is_not_the_subject_it_interrupts() {
    // "Joan Ferrante, she said, was …": "she" is Quill, not Ferrante.
    assert_eq!(
        quotes("parenthetical_pronoun_not_the_interrupted_subject"),
        [pair("running for a television contract.", "Marta Quill")]
    );
}

#[test]
fn a_person_introduced_as_the_object_of_she_does_not_take_the_next_she() {
    // "She shook hands with Commissioner Ruth Ellery, a longtime critic":
    // the sentence is still about Strand.
    assert_eq!(
        quotes("pronoun_subject_keeps_its_person"),
        [pair(
            "We found more common ground than I expected,",
            "Helen Strand"
        )]
    );
}

#[test]
fn a_name_after_called_or_known_as_is_no_quotation() {
    assert_eq!(quotes("names_after_called_and_known_as"), []);
}

#[test]
fn a_cue_after_who_belongs_to_the_name_before_it_even_after_a_preposition() {
    assert_eq!(
        quotes("cue_after_who_of_an_object"),
        [
            pair("a giveaway.", "Greens"),
            pair("rushed and reckless.", "Rita Obi"),
        ]
    );
}

#[test]
fn a_capitalised_word_before_a_role_noun_is_no_name_and_the_apposed_name_speaks() {
    // "Opposition leader in the assembly, Harjit Sandhu, claimed": not a
    // person called "Opposition".
    assert_eq!(
        quotes("capitalised_role_noun_before_apposed_name"),
        [pair("a tax on the poor.", "Harjit Sandhu")]
    );
}

#[test]
fn a_definite_description_naming_no_one_before_is_a_new_speaker_for_the_pronoun() {
    // "The county clerk" stands for no one named before: "she" is the
    // clerk, not Fischer.
    assert_eq!(
        quotes("pronoun_for_new_definite_description"),
        [pair(
            "We were ready for either outcome,",
            "The county clerk"
        )]
    );
}

#[test]
fn a_verb_form_right_after_an_article_is_a_noun_modifier() {
    // "A state fisheries officer said": "state" is no cue.
    assert_eq!(
        quotes("verb_form_after_article_is_a_modifier"),
        [pair(
            "running dangerously low.",
            "A state fisheries officer"
        )]
    );
}

#[test]
fn an_object_relative_after_the_quote_reports_nothing_of_it() {
    // "a number that auditors have questioned": the auditors question the
    // figure; the words are the mayor's.
    assert_eq!(
        quotes("object_relative_after_quote"),
        [pair("forty million dollars a year,", "Tessa Gould")]
    );
}

#[test]
fn a_name_with_its_party_tag_after_with_is_the_participles_subject() {
    assert_eq!(
        quotes("with_name_and_party_tag_participle"),
        [pair("a betrayal of rural schools.", "Ruth Alder")]
    );
}

#[test]
fn an_alliance_is_a_body_that_speaks() {
    assert_eq!(
        quotes("coalition_noun_participle_subject"),
        [pair("a tax on work.", "The alliance")]
    );
}

#[test]
fn a_person_of_an_organisation_with_an_adjective_is_the_speaker() {
    assert_eq!(
        quotes("name_of_the_adjective_org"),
        [pair("wildly optimistic.", "Nora Vance")]
    );
}

#[test]
fn a_bare_question_after_an_answer_is_the_askers_and_its_answer_the_other_ones() {
    assert_eq!(
        quotes("hearing_exchange_alternates"),
        [
            pair("How many inspectors do you have?", "Paula Reyes"),
            pair("I would have to check,", "Tom Hadley"),
            pair("You run the agency and you do not know?", "Paula Reyes"),
            pair(
                "I will send the figure to your office this week.",
                "Tom Hadley"
            ),
        ]
    );
}

#[test]
fn a_person_before_a_place_that_is_no_description_asks_the_question() {
    // "a man in the back asked": "the back" is a place, the man speaks.
    assert_eq!(
        quotes("person_before_a_place_in_the_back"),
        [pair("say something about taxes,", "a man in the back")]
    );
}

#[test]
fn after_a_verb_of_showing_the_apposed_object_is_the_participles_subject() {
    assert_eq!(
        quotes("shows_apposed_object_participle"),
        [pair("dead in the water.", "Dev Patel")]
    );
}

#[test]
fn a_name_after_markets_as_is_no_quotation() {
    assert_eq!(quotes("name_after_markets_as"), []);
}

#[test]
fn a_past_verb_right_after_a_description_is_its_verb_not_a_modifier() {
    // "The spokesman declined to elaborate": "declined" is the clause's
    // verb, not part of the description.
    assert_eq!(
        quotes("description_verb_before_infinitive"),
        [pair("The numbers speak for themselves.", "The spokesman")]
    );
}

#[test]
fn a_list_comma_inside_a_fragments_marks_does_not_end_the_clause() {
    // "Whitfield supports “…,” opposes “…” and recalled …: “…”": the
    // sentence goes on past the first fragment to its subject.
    let found = quotes("fragment_with_list_comma_inside_the_marks");
    assert!(found.contains(&pair("blanket service cuts", "Dana Whitfield")));
    assert!(found.contains(&pair(
        "We laid off forty people that year, and the city never recovered.",
        "Dana Whitfield"
    )));
}

#[test]
fn a_pronoun_skips_the_subject_of_a_clause_of_time_inside_the_sentence_before() {
    // "Benning entered the hall shortly before Ridley finished. Afterward,
    // he wrote": the main clause's subject, not the one after "before".
    assert_eq!(
        quotes("pronoun_skips_subject_of_inner_clause_of_time"),
        [
            pair("The budget is balanced,", "Tom Ridley"),
            pair("no big deal.", "Carl Benning")
        ]
    );
}

#[test]
fn a_description_after_an_opening_phrase_carries_its_person_to_a_later_pronoun() {
    // "Later that evening, the governor weighed in on Twitter. “…,” he
    // wrote": the governor named before, not the last speaker.
    assert_eq!(
        quotes("described_subject_after_opening_phrase"),
        [
            pair("The budget is balanced,", "Tom Ridley"),
            pair("We kept every promise we made,", "Carl Benning")
        ]
    );
}

#[test]
fn the_name_apposed_to_one_of_a_group_after_the_verb_is_the_speaker() {
    assert_eq!(
        quotes("one_of_them_with_apposed_name"),
        [pair(
            "We need rain more than we need speeches,",
            "Lowell Brandt"
        )]
    );
}

#[test]
fn a_fragment_joined_to_the_one_before_by_and_is_that_ones_not_a_later_verbs() {
    // "who had called the audit “a witch hunt” and “pointless,” praised
    // the final report": "the final report" is no speaker.
    assert_eq!(
        quotes("fragments_joined_by_and"),
        [
            pair("a witch hunt", "Glen Ostrander"),
            pair("pointless,", "Glen Ostrander")
        ]
    );
}

#[test]
fn a_participle_does_not_share_the_speaker_of_a_report_inside_a_relative_clause() {
    // "a crowd that his campaign estimated at 4,000 people, … saying":
    // the main clause's subject says it, not "his campaign".
    assert_eq!(
        quotes("participle_skips_report_in_relative_clause"),
        [pair("serious doubts", "Owen Shale")]
    );
}

#[test]
fn a_person_opening_a_sentence_before_a_bare_quote_in_its_paragraph_speaks_it() {
    // "Reyburn paused. “…”" after Quill's question: Reyburn answers, the
    // exchange does not carry Quill over.
    assert_eq!(
        quotes("action_beat_before_a_bare_quote"),
        [
            pair("About 300, senator,", "Paul Reyburn"),
            pair("And how many managers?", "Ada Quill"),
            pair("I would have to check the exact number.", "Paul Reyburn"),
        ]
    );
}

#[test]
fn a_narrator_or_a_moderator_ending_its_clause_in_a_colon_speaks_the_quote() {
    // "…, but the moderator cut him off: “…”": the subject of the clause
    // the colon ends, not the sentence's first.
    assert_eq!(
        quotes("narrator_and_moderator_speak"),
        [
            pair("Redmond County deserves better.", "A narrator"),
            pair("Time is up, senator.", "the moderator"),
        ]
    );
}

#[test]
fn a_titled_speakers_surname_after_an_opening_phrase_is_the_pronouns_antecedent() {
    // "President Harcastle … saying" then "Late Wednesday, Harcastle took
    // to Twitter …. “…,” he wrote": Harcastle, not the man named between.
    assert_eq!(
        quotes("titled_surname_inside_sentence_before_pronoun"),
        [
            pair("should have known better.", "Harcastle"),
            pair("The inquiry is a total fabrication,", "Harcastle"),
        ]
    );
}

#[test]
fn a_description_far_from_its_person_stands_for_the_one_the_text_described_so() {
    // "President Wendell Harcastle" in the lede, "the president weighed in"
    // eight paragraphs later: "he wrote" is Harcastle's.
    let found = quotes("referent_the_one_person_so_described_far_back");
    assert_eq!(
        found.last(),
        Some(&pair(
            "Saw the protests yesterday. I thought we just had an election!",
            "Wendell Harcastle"
        ))
    );
}

#[test]
fn a_description_opening_a_sentence_reaches_its_verb_past_an_aside_between_commas() {
    // "The governor, for his part, appeared …. In a post on Twitter, he
    // wrote:": the governor named before, not the last speaker.
    assert_eq!(
        quotes("described_subject_past_an_aside"),
        [
            pair(
                "We finally have a deal that protects farmers,",
                "Tom Ridley"
            ),
            pair("Every county will get its fair share.", "Carl Benning"),
        ]
    );
}

#[test]
fn a_person_named_in_full_in_the_pronouns_paragraph_outranks_an_earlier_paragraphs_speaker() {
    // "testimony Wendell Harcastle gave …, in which he said": Harcastle,
    // not Oberfeld who spoke in the paragraph before.
    assert_eq!(
        quotes("pronoun_takes_person_named_in_its_paragraph_over_earlier_speaker"),
        [
            pair(
                "The settlements were entirely standard,",
                "Stanley Oberfeld"
            ),
            pair(
                "I approved every significant settlement.",
                "Wendell Harcastle"
            ),
        ]
    );
}

#[test]
fn a_fragment_running_on_inside_its_clause_takes_no_inverted_speaker_after_the_verb() {
    // "he had “never once” attacked a rival": no "“…,” said X", the
    // rival does not speak.
    assert_eq!(
        quotes("fragment_before_a_verb_inside_its_clause"),
        [pair("never once", "Curtis Pell")]
    );
}

#[test]
fn a_clause_ending_in_a_colon_finds_its_subject_past_two_opening_phrases() {
    // "Hours later, in a second tweet, he struck a softer tone: “…”".
    assert_eq!(
        quotes("colon_clause_subject_past_two_opening_phrases"),
        [pair(
            "People have every right to protest, and I respect that.",
            "Wendell Harcastle"
        )]
    );
}

#[test]
fn words_after_so_called_are_a_label_not_a_quotation() {
    // "its so-called “green zone” rules", in a reported sentence too.
    assert_eq!(quotes("so_called_label"), []);
}

#[test]
fn he_takes_up_an_unnamed_paramedic_who_spoke_last() {
    // Paramedics, firefighters, mechanics and students by year are nouns
    // for people (`titles.txt`).
    assert_eq!(
        quotes("paramedic_is_a_person"),
        [
            pair("We will fight this decision,", "Richard Allenby"),
            // (The subject of "said", its first relative clause and all.)
            pair(
                "Every minute matters with a stroke,",
                "A paramedic who works in the area"
            ),
        ]
    );
}

#[test]
fn addressing_a_crowd_sets_up_the_quote_paragraph_after_it() {
    assert_eq!(
        quotes("addressed_a_crowd"),
        [pair(
            "My mom texts me every morning to say she loves me. She never used to do that.",
            "Luis Arredondo"
        )]
    );
}

#[test]
fn he_replied_after_a_question_is_the_one_the_question_calls_by_surname() {
    // "“Mr. Oduya, would you …?” Ms. Kwiatkowski asked." then "“…,” he
    // replied": Oduya, not the moderator who spoke before.
    let found = quotes("reply_to_a_question_calling_by_surname");
    assert_eq!(found.last(), Some(&pair("Not one cent,", "Felix Oduya")));
}

#[test]
fn a_lead_with_no_verb_before_a_colon_carries_the_last_speaker_on() {
    // "Then, later that month on CNN: “…”": when and where, no one new.
    let found = quotes("verbless_colon_lead_continues_speaker");
    assert_eq!(
        found.last(),
        Some(&pair(
            "I have never said we made a mistake going into Afghanistan.",
            "Donald Trump"
        ))
    );
}

#[test]
fn was_quick_to_add_reports_and_sets_up_the_quote_paragraph_after_it() {
    let found = quotes("quick_to_add");
    assert_eq!(
        found.last(),
        Some(&pair("Building it? Not negotiable.", "Glen Ostrander"))
    );
}

#[test]
fn a_person_noun_that_is_also_a_title_heads_a_description_subject() {
    // "farmer" heads a description as "spokesman" does, so the participle
    // after the clause has "The retired farmer" as its subject.
    assert_eq!(
        quotes("person_noun_heads_description"),
        [pair("a ribbon of mud.", "The retired farmer")]
    );
}

#[test]
fn a_number_written_with_a_slash_may_modify_an_inverted_speaker() {
    assert_eq!(
        quotes("date_number_before_inverted_speaker"),
        [pair(
            "We were promised answers, and we got a form letter,",
            "Marjorie Trelawny"
        )]
    );
}

#[test]
fn a_passive_before_an_infinitive_cue_leaves_the_report_to_its_subject() {
    // "was prompted to remark": the senator remarks, inside a "that" clause.
    assert_eq!(
        quotes("passive_before_infinitive_cue"),
        [pair(
            "I have never seen this committee agree on lunch, let alone a budget.",
            "Harriet Vosk"
        )]
    );
}

#[test]
fn a_party_tag_between_commas_is_no_speaker_but_closes_the_name_before_it() {
    assert_eq!(
        quotes("party_tag_between_commas_after_label"),
        [pair(
            "a tax on the people who feed you.",
            "Dolores Fennimore"
        )]
    );
}

#[test]
fn a_person_introduced_in_the_past_perfect_keeps_the_pronoun_of_their_own_paragraph() {
    // The past perfect tells background within a paragraph; the speaker
    // of the paragraph before does not take "He" from the prosecutor the
    // new paragraph introduces.
    assert_eq!(
        quotes("past_perfect_introduction_in_new_paragraph"),
        [
            pair("I regret it every day,", "Dorrance"),
            pair("a message to every landlord in the county.", "Gareth Voss")
        ]
    );
}

#[test]
fn an_unnamed_questioner_is_not_the_one_a_pronoun_after_the_question_stands_for() {
    assert_eq!(
        quotes("unnamed_questioner_is_not_the_answerer"),
        [
            pair("Not at all,", "Teodora Vlasic"),
            pair("I packed for two days.", "Teodora Vlasic")
        ]
    );
}

#[test]
fn a_given_name_alone_names_the_one_of_two_namesakes_it_opens() {
    // "Tamsin" is no listed given name, but the sisters share a surname,
    // so the text calls them by their given names.
    assert_eq!(
        quotes("given_name_of_a_sibling"),
        [pair(
            "Orla writes the songs and I tell her which ones are boring,",
            "Tamsin Gorrell"
        )]
    );
}

#[test]
fn a_pronoun_in_an_opening_phrase_stands_for_the_subject_named_after_it() {
    // "she" in "Asked … what she hoped" is Dellacroix, named after the
    // comma, not the actress of the paragraph before; so is the "she" of
    // the quote.
    assert_eq!(
        quotes("cataphoric_pronoun_in_opening_phrase"),
        [pair("Seasick,", "Marguerite Dellacroix")]
    );
}

#[test]
fn q_and_a_labels_give_quotes_to_the_interviewer_and_the_interviewee() {
    // The interviewer is the person named last before the exchange, the
    // interviewee the first one the text names.
    assert_eq!(
        quotes("question_and_answer_labels_with_quotes"),
        [
            pair(
                "Did you know what the report found before you voted?",
                "Tobias Wren"
            ),
            pair(
                "I knew it existed. I had not read the findings, and I said so at the time.",
                "Ingrid Halvorsen"
            ),
            pair("Not even the summary?", "Tobias Wren"),
            pair("Not even the summary.", "Ingrid Halvorsen"),
        ]
    );
}

#[test]
fn who_after_an_age_or_an_appositive_reports_for_the_name_before_them() {
    assert_eq!(
        quotes("who_after_age_and_appositive"),
        [
            pair(
                "sit in the dark like a candle nobody lit.",
                "Odile Marchetti-Baines"
            ),
            pair("worse than the one in 1998.", "Rufus Penhallow"),
        ]
    );
}

#[test]
fn a_verb_form_before_a_body_noun_is_a_noun_in_a_description() {
    // "fire" of "fire brigade" is no verb: the description runs to
    // "official".
    assert_eq!(
        quotes("verb_form_before_body_noun"),
        [pair(
            "moving faster than a person can run.",
            "A senior fire brigade official"
        )]
    );
}

#[test]
fn a_name_a_relative_clause_gives_a_description_is_its_speaker() {
    assert_eq!(
        quotes("name_given_in_relative_clause"),
        [pair(
            "We saw the smoke at lunch and thought it was far away,",
            "Jonas"
        )]
    );
}

#[test]
fn a_name_the_clause_of_a_subject_description_gives_is_a_pronoun_antecedent() {
    // "My taxi driver, whose name was Cormac," is the "he" of the quote,
    // not the councillor of the paragraph before.
    assert_eq!(
        quotes("name_given_in_clause_of_subject_description"),
        [pair(
            "They have made it impossible to get anywhere,",
            "Cormac"
        )]
    );
}

#[test]
fn it_after_a_sentence_naming_a_statement_stands_for_the_sender_named_after_the_noun() {
    assert_eq!(
        quotes("it_after_a_statement_and_its_sender"),
        [pair(
            "Council letter came today. I have had enough of her.",
            "Pellow"
        )]
    );
}

#[test]
fn predicates_listed_after_semicolons_share_the_subject_opening_the_sentence() {
    assert_eq!(
        quotes("predicates_after_semicolons"),
        [pair("fake.", "Corwin Blaylock")]
    );
}

#[test]
fn a_verb_opening_a_predicate_after_a_semicolon_takes_no_object_as_its_speaker() {
    // "praised the fire chief as": the mayor praises; the chief is
    // described.
    assert_eq!(
        quotes("verb_opening_a_listed_predicate"),
        [pair("the bravest man in the county", "Edda Thornquist")]
    );
}

#[test]
fn a_long_sentence_saying_someone_was_asked_sets_up_the_bare_answer_after_it() {
    assert_eq!(
        quotes("long_asked_question_sets_up_answer"),
        [pair("Ask me again on Friday.", "Ottilie Brandauer")]
    );
}

#[test]
fn words_after_a_naming_participle_that_follows_a_noun_are_a_label() {
    // "a pattern sometimes called", "a practice dubbed": no one is
    // reported saying these words.
    assert_eq!(quotes("naming_participle_after_noun"), []);
}

#[test]
fn a_naming_verb_with_its_own_subject_still_reports_the_words() {
    assert_eq!(
        quotes("naming_verb_with_subject"),
        [pair("the yuca primary.", "one Latino conservative")]
    );
}

#[test]
fn an_edited_interview_gives_bare_questions_to_the_interviewer_and_answers_to_the_interviewee() {
    assert_eq!(
        quotes("printed_interview"),
        [
            pair("Why run now, with no money behind you?", "Ledger"),
            pair(
                "Because the clinic where I work lost four nurses in a year, and nobody on the board noticed.",
                "Odalys Ferreira-Quist"
            ),
            pair(
                "Your opponent says you have never managed a budget. Is he wrong?",
                "Ledger"
            ),
            pair(
                "He is right. I have managed a ward, which is harder.",
                "Odalys Ferreira-Quist"
            ),
        ]
    );
}

#[test]
fn an_unnamed_speaker_in_a_clause_of_time_is_no_antecedent_for_the_next_quote() {
    assert_eq!(
        quotes("unnamed_speaker_in_time_clause"),
        [pair(
            "They always say it would not have helped,",
            "Marguerite Lavelle-Ngata"
        )]
    );
}

#[test]
fn a_capitalised_plural_in_ists_is_a_group_not_a_person() {
    // "Conservationists" opening a sentence is no person for "he".
    assert_eq!(
        quotes("plural_in_ists_is_a_group"),
        [pair(
            "I have seen that croc every week for ten years,",
            "Marama"
        )]
    );
}

#[test]
fn a_name_after_is_that_closes_its_clause_is_a_subject_for_a_later_pronoun() {
    // "The woman with the picture book is Evangeline": she, not the
    // mother of the paragraph before, is "she".
    assert_eq!(
        quotes("name_after_is_closes_clause"),
        [pair(
            "It is the one place the parents cannot leave,",
            "Evangeline"
        )]
    );
}

#[test]
fn a_place_of_a_few_words_opening_with_a_given_name_is_no_part_of_the_name_after_its_title() {
    // "Douglas County Commissioner Brianna Tsosie-Lund": "Douglas" is a place
    // here, so "Ms. Tsosie-Lund" finds her full name.
    assert_eq!(
        quotes("place_with_given_name_before_title"),
        [pair(
            "Visitors do not always know the rules,",
            "Brianna Tsosie-Lund"
        )]
    );
}

#[test]
fn after_someone_asked_a_named_person_a_question_the_pronoun_of_the_answer_is_the_one_asked() {
    assert_eq!(
        quotes("the_one_asked_answers"),
        [pair("Once, back in 2009,", "Wendell Strand")]
    );
}

#[test]
fn a_description_a_writer_recounts_is_the_subject_of_the_participle_after_it() {
    assert_eq!(
        quotes("description_seen_before_participle"),
        [pair("Keep it short. He has a flight at six.", "an aide")]
    );
}

#[test]
fn given_names_coordinated_before_a_surname_each_take_it() {
    // "Declan and Ingrid Featherstone-Okoro": "Mr Featherstone-Okoro" is
    // not Ingrid, and "Declan" alone is Declan Featherstone-Okoro.
    assert_eq!(
        quotes("given_names_sharing_a_surname"),
        [
            pair("It needs a lot of love,", "Declan Featherstone-Okoro"),
            pair("We will open by Easter,", "Declan Featherstone-Okoro"),
        ]
    );
}

#[test]
fn a_name_after_a_lower_case_state_title_in_an_appositive_is_the_subject() {
    assert_eq!(
        quotes("state_title_in_appositive"),
        [
            pair("Everyone cuts corners,", "one lobbyist"),
            pair(
                "The mayor likes to lecture everyone else about ethics,",
                "Robin Achterberg"
            ),
        ]
    );
}

#[test]
fn a_place_inside_a_relative_clause_before_the_verb_is_not_the_speaker() {
    assert_eq!(
        quotes("relative_clause_place_before_verb"),
        [pair(
            "I am on stage for two hours and never sit down,",
            // (The epithet stands for the actress named just before.)
            "Odile Marchetti-Vance"
        )]
    );
}

#[test]
fn post_nominals_are_no_part_of_a_speakers_name_but_a_suffix_is() {
    assert_eq!(
        quotes("post_nominals_and_suffixes"),
        [
            pair("a model prisoner.", "Ruairi Vantongeren"),
            pair(
                "the arc of the moral universe is long.",
                "Martin Luther King Jr."
            ),
            pair("We will not be lectured,", "Olwen Petherick"),
        ]
    );
}

#[test]
fn which_after_a_body_and_who_after_a_plural_description_give_the_speaker() {
    assert_eq!(
        quotes("which_after_a_body"),
        [
            pair("a gift to the whole province.", "Saskatoon Heritage Fund"),
            pair("routine", "inspectors"),
            // An object relative: the campaign described the party so.
            pair("a dead weight.", "her campaign"),
        ]
    );
}

#[test]
fn a_possessive_name_after_a_title_keeps_an_unknown_given_name_with_its_surname() {
    assert_eq!(
        quotes("possessive_name_after_title"),
        [pair("This is not a crackdown,", "Teodoro Vashkevich")]
    );
}

#[test]
fn a_relative_clause_on_an_introductory_phrase_gives_no_subject() {
    assert_eq!(
        quotes("introduction_with_relative_clause"),
        [pair("a fantasy", "Gideon Okafor-Lyle")]
    );
}

#[test]
fn a_description_apposed_to_one_of_them_gives_the_name_it_is_called_by() {
    assert_eq!(
        quotes("apposed_description_named"),
        [
            pair("Build the shelters first,", "Priyanka Delacroix-Moss"),
            pair("I have sympathy. I do,", "Oriane Castellvi-Tan"),
        ]
    );
}

#[test]
fn a_pronoun_takes_up_a_midwife_described_in_the_sentence_before() {
    assert_eq!(
        quotes("midwife_description_pronoun"),
        [pair("We filled in the forms,", "A midwife at the hospital")]
    );
}

#[test]
fn a_name_in_a_quotation_nested_inside_does_not_rule_out_the_speaker() {
    assert_eq!(
        quotes("name_inside_nested_quote"),
        [
            pair("I couldn’t ask for more,", "Tobias Renwick"),
            pair(
                "The gaffer shouted, “Stay up, Maria!” so I stayed up,",
                "Maria Keverne-Adair"
            ),
        ]
    );
}

#[test]
fn a_description_runs_past_and_inside_a_bodys_name_to_its_verb() {
    assert_eq!(
        quotes("description_with_and_in_a_name"),
        [pair(
            "untreated sewage and farm runoff.",
            "Scientists at the Lake Albert Marine and Fisheries Institute in Hoima"
        )]
    );
}

#[test]
fn a_cue_inside_a_relative_clause_closed_before_a_fragment_does_not_claim_it() {
    assert_eq!(
        quotes("cue_inside_closed_relative_clause"),
        [pair("another open-ended entitlement.", "Imani Oduya")]
    );
}

#[test]
fn a_verb_with_its_own_report_after_an_unpunctuated_quote_is_not_its_cue() {
    assert_eq!(
        quotes("unpunctuated_quote_before_own_report"),
        [
            pair("It is a sad day,", "Ilse Marchbank"),
            pair(
                "This is what the culture of that campaign produces",
                "Ilse Marchbank"
            ),
        ]
    );
}

#[test]
fn top_opening_a_description_is_no_part_of_the_name_after_it() {
    assert_eq!(
        quotes("top_before_a_name"),
        [pair("dragging their feet.", "Harwick")]
    );
}

#[test]
fn a_name_modifying_a_group_noun_gives_no_full_name() {
    assert_eq!(
        quotes("name_modifying_a_group_noun"),
        [pair("dragging their feet.", "Okonkwo")]
    );
}

#[test]
fn a_word_opening_the_sentence_before_a_given_name_is_no_part_of_the_name() {
    assert_eq!(
        quotes("descriptor_opening_sentence_before_name"),
        [
            pair(
                "This is the hardest vote I have ever taken,",
                "Maria Feldkamp"
            ),
            pair("just dropped out of the sky.", "Daniel Ogunleye"),
        ]
    );
}

#[test]
fn the_name_opening_a_label_x_on_y_before_a_colon_speaks() {
    assert_eq!(
        quotes("headline_x_on_y"),
        [pair("I Think He Will.", "Adaeze Okonjo")]
    );
}

#[test]
fn a_time_of_day_between_a_subject_and_its_verb_keeps_the_cue() {
    assert_eq!(
        quotes("time_of_day_before_verb"),
        [pair(
            "There are 14 primaries in the next three weeks.",
            "Tamsin Okafor-Lind"
        )]
    );
}

#[test]
fn a_label_opened_by_from_before_a_colon_names_the_source() {
    assert_eq!(
        quotes("from_label_before_colon"),
        [pair(
            "In general, offices with more staff processed claims faster.",
            "The audit"
        )]
    );
}

#[test]
fn a_clause_after_a_comma_and_its_conjunction_gives_its_own_subject() {
    assert_eq!(
        quotes("subject_after_comma_and"),
        [pair("open", "Odell Marchbanks")]
    );
}

#[test]
fn a_party_in_an_appositive_opened_by_an_article_is_not_the_subject() {
    assert_eq!(
        quotes("party_appositive_of_an_object"),
        [pair("a partisan stunt.", "A spokesman for Mr. Haverstock")]
    );
}

#[test]
fn another_before_a_past_form_is_a_new_speaker() {
    assert_eq!(
        quotes("another_as_subject"),
        [
            pair("It was humiliating,", "one of them"),
            pair("It was a message,", "another"),
            // (Entities merge by name whatever its case.)
            pair("reckless.", "one of them"),
            pair("overdue.", "another"),
        ]
    );
}

#[test]
fn a_pronoun_after_in_which_on_a_document_from_someone_is_its_sender() {
    assert_eq!(
        quotes("pronoun_in_which_document"),
        [pair("ashamed beyond words.", "Dunleavy")]
    );
}

#[test]
fn a_bodys_name_apposed_to_a_description_of_it_is_the_speaker() {
    assert_eq!(
        quotes("body_name_apposed_to_description"),
        [pair(
            "working closely with the airline.",
            "Kessling & Varga"
        )]
    );
}

#[test]
fn a_passive_agent_after_the_words_it_gives_is_the_speaker() {
    assert_eq!(
        quotes("passive_agent_after_the_words"),
        [
            pair("a gift to the shipping lines", "Orla Benedetti"),
            pair("reckless", "Port Users Association"),
            pair("noisy for years", "Tadhg Muirhead"),
        ]
    );
}

#[test]
fn a_plural_possessive_inside_a_body_name_is_part_of_the_name() {
    assert_eq!(
        quotes("plural_possessive_in_a_body_name"),
        [
            pair(
                "This cut will put family farms out of business,",
                "Irish Farmers’ Association"
            ),
            pair(
                "Global prices have fallen for six months,",
                "a spokeswoman for Lakeland Dairies"
            ),
            pair(
                "We will be balloting our members,",
                "Agricultural Workers’ Union of Ireland"
            ),
        ]
    );
}

#[test]
fn a_long_appositive_between_dashes_is_skipped_to_the_subject() {
    assert_eq!(
        quotes("long_appositive_between_dashes"),
        [pair("think about it over Christmas.", "Maeve Tormey")]
    );
}

#[test]
fn a_cue_after_a_quote_is_its_own_when_a_later_participle_runs_into_the_next() {
    assert_eq!(
        quotes("cue_then_participle_before_next_quote"),
        [
            pair(
                "Where has my slipper gone? Is it under the stage? Behind the curtain?",
                "Cinderella"
            ),
            pair("never wearing glass shoes again.", "Cinderella"),
        ]
    );
}

#[test]
fn a_subject_inside_a_time_clause_after_an_object_yields_to_the_main_subject() {
    assert_eq!(
        quotes("subject_of_time_clause_inside_relative"),
        [pair(
            "I asked him afterwards and he had no answer for me,",
            "Teodor Brancusi"
        )]
    );
}

#[test]
fn an_unnamed_description_paragraphs_back_yields_to_a_person_named_close_to_the_pronoun() {
    assert_eq!(
        quotes("unlinked_description_yields_to_named_person")
            .last()
            .cloned(),
        Some(pair("I have sat here since I was a girl,", "Chinnathayi"))
    );
}

#[test]
fn given_names_used_alone_stand_for_the_full_name_they_open() {
    assert_eq!(
        quotes("given_names_used_alone"),
        [
            pair("act immediately.", "Nurul Izzati Hamzah"),
            pair("We are not pointing fingers,", "Nurul Izzati Hamzah"),
        ]
    );
}

#[test]
fn a_noun_for_a_person_before_a_name_opening_the_sentence_keeps_it_a_subject() {
    assert_eq!(
        quotes("person_noun_before_name_opens_subject")
            .last()
            .cloned(),
        Some(pair("If I don't ride, I don't earn,", "Tavish Onwuachi"))
    );
}

#[test]
fn a_full_name_in_the_possessive_after_a_lower_case_title_is_registered() {
    assert_eq!(
        quotes("possessive_full_name_after_lowercase_title")
            .last()
            .cloned(),
        Some(pair("for my grandmother.", "Siiri-Maaret Aikio-Lund"))
    );
}

#[test]
fn a_person_first_named_as_an_object_with_a_relative_clause_is_a_pronouns_antecedent() {
    assert_eq!(
        quotes("object_introduced_with_relative_clause")
            .last()
            .cloned(),
        Some(pair("my first real audience.", "Ileana Bratosin-Voda"))
    );
}

#[test]
fn a_name_apposed_to_a_description_opening_the_sentence_is_its_subject() {
    assert_eq!(
        quotes("name_apposed_to_description_subject")
            .last()
            .cloned(),
        Some(pair(
            "We sang, we prayed, we told jokes,",
            "Yerson Quilla Mamani"
        ))
    );
}

#[test]
fn a_quote_after_a_colon_is_the_sender_named_after_a_document_noun() {
    assert_eq!(
        quotes("document_sender_named_after_noun"),
        [pair(
            "Closing up. Save me a plate, I’m starving.",
            "Niamh Corrigan-Bligh"
        )]
    );
}

#[test]
fn a_headline_quote_repeated_in_the_body_takes_the_body_quotes_speaker() {
    let text = fixture("headline_repeats_body_quote");
    let doc = whosaid::extract(&text);
    let q = &doc.quotes[0];
    assert_eq!(q.text(&text), "We’re Older, Not Wiser");
    assert_eq!(
        doc.speaker_of(q).map(|s| s.name.as_str()),
        Some("Callum Drummond-Baird")
    );
    assert_eq!(q.attribution, Attribution::Repeated);
}

#[test]
fn a_comment_or_dictum_owned_by_someone_gives_its_words_to_them() {
    assert_eq!(
        quotes("possessed_comment_and_dictum"),
        [
            pair("the budget is a fantasy,", "Brannagh"),
            pair(
                "It’s not a good story if nobody threatens to sue.",
                "Thaddeus Okoro-Blaine"
            ),
        ]
    );
}

#[test]
fn a_short_label_in_marks_inside_an_appositive_does_not_cut_the_cue_off() {
    assert_eq!(
        quotes("short_quote_inside_appositive"),
        [pair(
            "We’ve had better conventions than this one,",
            "Marlon Vesey-Platt"
        )]
    );
}

#[test]
fn a_base_form_after_a_modal_and_an_adverb_is_a_cue() {
    assert_eq!(
        quotes("modal_and_adverb_before_base_form"),
        [pair(
            "I guess Christmas Eve was booked.",
            "a spokeswoman for the Ferreira campaign"
        )]
    );
}

#[test]
fn an_unnamed_source_familiar_with_or_close_to_something_is_the_whole_description() {
    assert_eq!(
        quotes("sourced_descriptions"),
        [
            pair("far apart on price.", "A person familiar with the talks"),
            pair("The board will not budge,", "a source close to her"),
            pair(
                "unlikely before Christmas.",
                "People familiar with the negotiations"
            ),
            pair("all but dead.", "Two officials with knowledge of the plan"),
        ]
    );
}

#[test]
fn a_quote_paragraph_with_no_cue_is_the_subject_of_the_sentence_before_it() {
    let text = fixture("quote_paragraph_after_subject_paragraph");
    let doc = whosaid::extract(&text);
    let q = &doc.quotes[0];
    assert_eq!(
        doc.speaker_of(q).map(|s| s.name.as_str()),
        Some("Sigrún Halvorsen-Beck")
    );
    assert_eq!(q.attribution, Attribution::PreviousParagraph);
}

#[test]
fn a_name_apposed_to_a_party_description_is_the_speaker() {
    assert_eq!(
        quotes("name_apposed_to_party_description"),
        [pair(
            "staging a show for cable news.",
            "Odalys Pruneda-Kline"
        )]
    );
}

#[test]
fn a_pronoun_after_a_titled_surname_of_a_couple_is_the_one_of_its_gender() {
    assert_eq!(
        quotes("couple_surname_pronoun").last().cloned(),
        Some(pair(
            "I worked 38 years at that mill,",
            "Walt Okonkwo-Reyes"
        ))
    );
}

#[test]
fn a_lone_surname_opening_a_sentence_before_himself_is_a_person_for_a_later_pronoun() {
    assert_eq!(
        quotes("reflexive_after_lone_surname").last().cloned(),
        Some(pair("painful but necessary.", "Quennell"))
    );
}

#[test]
fn a_name_opening_a_relative_clause_speaks_its_verb() {
    assert_eq!(
        quotes("relative_clause_subjects"),
        [
            pair("a monument to cruelty.", "Ingrid Vasquez-Moll"),
            pair("a warrior for Nevada.", "Harlan Tebbetts"),
        ]
    );
}

#[test]
fn it_right_after_a_quote_following_a_statement_is_the_statements_sender() {
    assert_eq!(
        quotes("it_after_quote_after_statement"),
        [pair(
            "Republicans have chosen the past,",
            "The Ferreira campaign"
        )]
    );
}

#[test]
fn a_description_named_inside_its_relative_clause_is_that_person() {
    assert_eq!(
        quotes("named_inside_relative_clause"),
        [pair(
            "I fill up my own tank every week, Senator. Want to see the receipt?",
            "Darnell Oyelaran"
        )]
    );
}

#[test]
fn a_participle_after_a_recording_of_someone_is_that_persons() {
    assert_eq!(
        quotes("recording_of_someone_telling"),
        [pair("voting out of spite.", "the Democratic nominee")]
    );
}

#[test]
fn a_bare_answer_to_an_asked_question_is_the_person_named_two_paragraphs_back() {
    assert_eq!(
        quotes("answer_after_asked_question").last().cloned(),
        Some(pair(
            "We told them the risk was significant.",
            "Warren Oakhurst-Vance"
        ))
    );
}

#[test]
fn a_subject_pronoun_right_before_its_verb_is_the_speaker_not_the_phrase_before_it() {
    assert_eq!(
        quotes("subject_pronoun_in_contact_clause"),
        [pair(
            "Steel remembers everything you do to it.",
            "Anselm Dvořák-Reyes"
        )]
    );
}

#[test]
fn a_name_ending_in_works_is_a_company_no_pronoun_stands_for() {
    assert_eq!(
        quotes("works_names_a_company"),
        [pair(
            "My customers wanted their independence back,",
            "Emrys Tallowmere"
        )]
    );
}

#[test]
fn dean_before_of_is_a_title_and_before_a_surname_a_given_name() {
    assert_eq!(
        quotes("dean_of_students_title"),
        [
            pair("guarantee adequate security", "Perpetua Okonjo-Hale"),
            pair("We will appeal,", "Dean Marchetti-Lowe"),
        ]
    );
}

#[test]
fn a_report_joined_by_and_after_an_earlier_quote_is_a_clause_of_its_own() {
    assert_eq!(
        quotes("coordinated_report_after_quote"),
        [
            pair("cautiously hopeful", "Edda Rasmussen"),
            pair("turning point for the port.", "Tobias Wetherell"),
        ]
    );
}

#[test]
fn a_reporting_verb_in_a_purpose_infinitive_after_a_place_is_the_subjects_cue() {
    assert_eq!(
        quotes("purpose_infinitive_cue"),
        [
            pair("pure theatre", "Ingrid Solvang"),
            pair("unworkable in a storm", "Casimir Ekwueme"),
        ]
    );
}

#[test]
fn a_fragment_after_a_closed_clause_of_time_is_the_main_clauses_not_the_time_clauses() {
    assert_eq!(
        quotes("fragment_after_time_clause"),
        [pair("any cuts at all", "Taxi Drivers Union")]
    );
}

#[test]
fn a_name_after_a_preposition_of_time_opens_a_clause_and_is_no_part_of_the_noun_before() {
    assert_eq!(
        quotes("time_clause_after_statement"),
        [pair("a rounding error", "Renata Okonkwo-Blaine")]
    );
}

#[test]
fn a_possessive_before_an_adjective_and_a_statement_noun_owns_the_words_its_infinitive_quotes() {
    assert_eq!(
        quotes("owned_statement_past_adjective"),
        [
            pair("a friend of the small boats", "Aurelio Santangelo"),
            pair("neutral on quotas", "Aurelio Santangelo"),
        ]
    );
}

#[test]
fn a_pronoun_with_no_antecedent_near_is_the_one_earlier_speaker_of_its_gender() {
    assert_eq!(
        quotes("sole_speaker_of_gender_far_back").last().cloned(),
        Some(pair("Not for a moment,", "Ottoline Brackwater"))
    );
}

#[test]
fn a_noun_of_kin_before_a_name_outranks_its_given_names_gender() {
    assert_eq!(
        quotes("kin_noun_outranks_given_name"),
        [
            pair(
                "The rationale for the veto does not hold,",
                "Terry Marchwood"
            ),
            pair(
                "All we are asking for is a day in court.",
                "Terry Marchwood"
            ),
        ]
    );
}

#[test]
fn a_she_paragraphs_after_a_man_named_by_surname_is_the_earlier_woman_speaker() {
    assert_eq!(
        quotes("surname_of_other_gender_far_back").last().cloned(),
        Some(pair("Smoke season isn't going away,", "Ngozi Okafor-Lind"))
    );
}

#[test]
fn a_ships_name_after_its_noun_is_no_person_a_she_could_mean() {
    assert_eq!(
        quotes("vessel_name_no_person").last().cloned(),
        // (The lead researcher of the sentence before, not the ship.)
        Some(pair(
            "We have described 58 species so far,",
            "The lead researcher"
        ))
    );
}

#[test]
fn a_nationality_after_the_before_a_name_is_no_part_of_the_name() {
    assert_eq!(
        quotes("nationality_before_name"),
        [pair(
            "She has been playing at this level in practice for months,",
            "Mats Ekberg"
        )]
    );
}

#[test]
fn south_before_a_place_is_no_nationality_and_no_person() {
    assert_eq!(
        quotes("south_is_no_nationality"),
        [pair(
            "There is a natural tension between the government and the chain of command,",
            "Hollis Brandvold"
        )]
    );
}

#[test]
fn a_title_opening_a_sentence_before_a_lower_case_word_is_no_person_and_oluwaseun_fits_she() {
    assert_eq!(
        quotes("title_alone_no_person"),
        [pair(
            "That should have been the case from day one,",
            "Oluwaseun Bankole-Ade"
        )]
    );
}

#[test]
fn bare_quote_paragraphs_after_a_question_alternate_between_the_two_people_of_the_exchange() {
    assert_eq!(
        quotes("bare_turns_alternate")[1..],
        [
            pair("The Postal Service is absorbing it.", "Anselm Vickery"),
            pair(
                "So the ratepayers are paying for it.",
                "Philippa Oakenshott"
            ),
            pair("Ultimately, yes.", "Anselm Vickery"),
        ]
    );
}

#[test]
fn a_name_after_a_persons_of_is_a_place_and_never_the_one_who_answers() {
    assert_eq!(
        quotes("place_after_persons_of").last().cloned(),
        Some(pair(
            "From when our systems flagged it, senator.",
            "Anneliese Varga-Holm"
        ))
    );
}

#[test]
fn an_unnamed_source_that_only_told_of_the_words_is_no_antecedent_of_he() {
    assert_eq!(
        quotes("according_to_source_no_antecedent").last().cloned(),
        Some(pair(
            "I’m not going to wait around for the Senate calendar to open up,",
            "Lorcan Fitzwilliam"
        ))
    );
}

#[test]
fn a_name_that_said_she_is_no_antecedent_of_a_later_he() {
    assert_eq!(
        quotes("said_she_tells_gender").last().cloned(),
        Some(pair(
            "Nobody out there asked me about Bozeman,",
            "Corliss Wethersby"
        ))
    );
}

#[test]
fn according_to_a_few_describing_words_and_a_name_is_the_names_and_not_a_name_inside_a_noun() {
    // ("in May" is the month, no modal verb ending the phrase.)
    assert_eq!(
        quotes("according_to_described_name"),
        [
            pair("fear", "Bramwell Ostrowski"),
            pair(
                "the most trusted candidate",
                "a Marlow University poll conducted in May"
            ),
        ]
    );
}

#[test]
fn words_between_a_possessive_and_a_statement_noun_are_the_possessors() {
    assert_eq!(
        quotes("quote_between_possessive_and_noun"),
        [pair(
            "if you like your plan, you can keep it",
            "Adaeze Hollingworth"
        )]
    );
}

#[test]
fn a_possessors_mantra_owns_the_words_its_clause_quotes() {
    assert_eq!(
        quotes("owned_mantra"),
        [pair("would win ugly or not at all,", "Renfrew")]
    );
}

#[test]
fn a_statement_nouns_that_clause_may_run_far_to_the_quote_but_yields_to_a_report_after_it() {
    assert_eq!(
        quotes("owned_that_clause_far"),
        [
            pair("well paid for the time.", "Iseult Brannagh"),
            pair("regional", "her rival's campaign manager"),
        ]
    );
}

#[test]
fn a_number_of_people_opening_the_clause_is_the_subject_of_its_participle() {
    assert_eq!(
        quotes("counted_people_subject"),
        [
            pair("No more rent rises.", "about 200 tenants"),
            pair("a betrayal of the estate.", "Nearly 40 residents"),
        ]
    );
}

#[test]
fn us_and_it_in_capitals_are_a_country_and_a_trade_before_a_title_not_pronouns() {
    assert_eq!(
        quotes("us_and_it_in_capitals"),
        [
            pair(
                "We will respond to any attack on our ships,",
                "Marcus Ellery"
            ),
            pair(
                "Bengaluru remains the start-up capital of India,",
                "Chandra Hegdekar"
            ),
            pair("Washington has been told,", "Lorna Quist"),
        ]
    );
}

#[test]
fn hyphenated_titles_are_titles_and_who_and_is_in_capitals_are_bodies() {
    assert_eq!(
        quotes("hyphenated_titles_and_who"),
        [
            pair(
                "We are alarmed by the spread of the virus,",
                "Tomasz Aberle-Nowak"
            ),
            pair("The council will meet on Friday,", "Ingrid Halvorsen"),
            pair("We are not yet at the peak,", "WHO"),
            pair("Our fighters struck at dawn.", "IS"),
        ]
    );
}

#[test]
fn a_who_is_clause_naming_an_office_runs_through_a_name_to_the_verb() {
    assert_eq!(
        quotes("who_is_clause_through_a_name"),
        [pair(
            "This shocking new ad raises new questions about the mayor,",
            "Corinna Vashti-Lowe"
        )]
    );
}

#[test]
fn a_statement_noun_after_the_quote_names_its_speaker_with_of_or_from() {
    assert_eq!(
        quotes("verdict_of_after_quote"),
        [
            pair("We are running out of time", "Jane Okorafor-Bell"),
            pair("We will not move our troops,", "the defence ministry"),
        ]
    );
}

#[test]
fn a_description_subject_opened_by_a_long_phrase_takes_up_the_named_person_for_a_pronoun() {
    assert_eq!(
        quotes("described_subject_after_relative_appositive")
            .last()
            .cloned(),
        Some(pair(
            "Deadlines in this kind of process are a gift to the spoilers,",
            "Ingeborg Sandvik-Rue"
        ))
    );
}

#[test]
fn a_name_apposed_to_a_noun_for_a_body_is_no_person_a_he_could_mean() {
    assert_eq!(
        quotes("name_apposed_to_body").last().cloned(),
        Some(pair("It's a very nice boat,", "Thaddeus Quillmore"))
    );
}

#[test]
fn a_name_after_with_is_no_object_of_a_head_across_a_comma() {
    assert_eq!(
        quotes("with_name_after_dateline"),
        [pair(
            "talking like a border hawk and governing like a lobbyist.",
            "Thaddeus Quillmore"
        )]
    );
}

#[test]
fn a_name_after_on_before_a_colon_is_a_platform_and_the_clauses_subject_speaks() {
    assert_eq!(
        quotes("platform_before_colon"),
        [pair(
            "Meridian has me down 3. Last month they had me down 11. Do the math, Corliss.",
            "Thaddeus Quillmore"
        )]
    );
}

#[test]
fn a_name_and_its_appositive_setting_up_a_quote_is_no_opening_phrase() {
    assert_eq!(
        quotes("name_and_appositive_set_up_quote").last().cloned(),
        Some(pair(
            "Mr. Okwuosa-Brandt, did anyone at your company tell you to delay the disclosure until after the primary?",
            "Philippa Grandcourt"
        ))
    );
}

#[test]
fn a_bare_question_set_up_by_a_sentence_is_answered_by_the_last_speaker_before_it() {
    assert_eq!(
        quotes("set_up_question_then_bare_turns")[1..],
        [
            pair(
                "How much did your company spend on stock buybacks last year?",
                "Jedediah Crumpton"
            ),
            pair(
                "I'd have to check the exact figure, Senator.",
                "Winifred Strachan-Oduya"
            ),
            pair(
                "I checked it for you. It was $4.1 billion.",
                "Jedediah Crumpton"
            ),
            pair("That's correct.", "Winifred Strachan-Oduya"),
        ]
    );
}

#[test]
fn a_given_name_ending_in_ed_opening_a_sentence_is_a_name_not_a_participle() {
    assert_eq!(
        quotes("given_names_ending_in_ed"),
        [
            pair(
                "The trucks are still at the border,",
                "Mohammed Saleh-Barakat"
            ),
            pair(
                "The list price is not what patients pay,",
                "Winifred Strachan-Oduya"
            ),
        ]
    );
}

#[test]
fn systems_and_other_company_words_make_a_name_a_company_no_she_could_mean() {
    assert_eq!(
        quotes("company_words_in_names")[1..3],
        [
            pair("Our towers work,", "Rosalind Quarterman-Pryce"),
            pair(
                "What does not work is the power grid they are plugged into.",
                "Rosalind Quarterman-Pryce"
            ),
        ]
    );
}

#[test]
fn one_capitalised_word_after_in_is_a_place_no_he_could_mean() {
    assert_eq!(
        quotes("one_word_after_in_is_a_place").last().cloned(),
        Some(pair("We'll see everybody in May,", "Bram Vantongerloo"))
    );
}

#[test]
fn a_bare_answer_to_a_follow_up_question_is_the_other_person_of_the_exchange() {
    assert_eq!(
        quotes("answer_after_follow_up_question").last().cloned(),
        Some(pair(
            "I think he is qualified to own a boat.",
            "Mabry-Vance"
        ))
    );
}

#[test]
fn a_bodys_name_apposed_to_a_description_speaks_but_not_an_agent_after_by() {
    assert_eq!(
        quotes("body_apposed_to_description"),
        [
            pair(
                "in line with independent market valuations",
                "Harcourt Quay Holdings"
            ),
            pair(
                "not a lobbying agreement.",
                "A legal opinion drafted for the firm"
            ),
        ]
    );
}

#[test]
fn a_possessor_opening_the_sentence_is_its_pronouns_antecedent_unless_of_the_other_gender() {
    assert_eq!(
        quotes("possessor_opening_sentence")[1..],
        [
            pair("a war on the consultants,", "Thaddeus Quillmore"),
            pair(
                "he must be doing something right,",
                "Augustina Obafemi-Park"
            ),
        ]
    );
}

#[test]
fn a_description_stands_for_the_one_person_given_its_modifiers_with_any_title() {
    let q = quotes("description_by_modifiers_and_any_title");
    assert_eq!(
        [q[3].clone(), q[5].clone()],
        [
            pair(
                "We will look at the market then, and we will decide then,",
                "Faisal bin Omar al-Rashidi"
            ),
            pair("We will keep talking,", "Maria Teresa Villanueva-Ocampo"),
        ]
    );
}

#[test]
fn quoted_him_as_saying_gives_the_words_to_the_one_him_stands_for() {
    assert_eq!(
        quotes("quoted_him_as_saying").last().cloned(),
        Some(pair(
            "the sick and the elderly first.",
            "Abdulmalik al-Hadramawti"
        ))
    );
}

#[test]
fn a_chant_is_the_crowds_it_comes_from_or_no_ones_and_never_a_title() {
    assert_eq!(
        quotes("chants_of_a_crowd"),
        [
            pair("Lock her up!", "The crowd"),
            // (The crowd of the sentence before, one entity.)
            pair("Send her home!", "The crowd"),
            pair("USA! USA!", "the audience"),
            ("Four more years!".to_string(), None),
        ]
    );
}

#[test]
fn a_description_with_a_new_modifier_stands_for_the_one_person_given_its_office() {
    assert_eq!(
        quotes("office_given_modifier_new").last().cloned(),
        Some(pair(
            "Every death from cholera is a failure,",
            "Amaka Eze-Nwankwo"
        ))
    );
}

#[test]
fn a_pronoun_takes_up_a_description_owned_by_a_capitalised_name() {
    assert_eq!(
        quotes("pronoun_after_owned_description").last().cloned(),
        Some(pair(
            "We will not hesitate to act again if the conduct continues,",
            "Commission's competition chief"
        ))
    );
}

#[test]
fn an_indian_police_rank_in_capitals_is_a_persons_title_not_a_body() {
    assert_eq!(
        quotes("indian_police_rank").last().cloned(),
        Some(pair(
            "We are pursuing every lead and expect more arrests,",
            "The DCP"
        ))
    );
}

#[test]
fn an_agent_in_an_appositive_is_not_the_subject_that_speaks() {
    assert_eq!(
        quotes("agent_in_appositive"),
        [pair(
            "constructive and serious.",
            "The government delegation"
        )]
    );
}

#[test]
fn a_company_called_by_its_first_word_is_given_its_full_name() {
    assert_eq!(
        quotes("company_short_name"),
        [pair("baseless", "Orvane Devices Corp.")]
    );
}

#[test]
fn a_title_and_its_office_with_no_name_describe_the_person_apposed_to_them() {
    assert_eq!(
        quotes("counsel_for_a_company"),
        [
            pair("overwhelming forensic evidence", "Lucinda Marlowe"),
            pair("The download logs tell the whole story,", "Lucinda Marlowe"),
        ]
    );
}

#[test]
fn a_business_named_in_the_possessive_is_the_subject_of_the_verb_after_it() {
    assert_eq!(
        quotes("business_named_in_possessive"),
        [
            pair("deeply grateful", "Bellamy's"),
            pair("generations of loyal customers.", "Bellamy's"),
        ]
    );
}

#[test]
fn a_person_of_a_body_named_with_a_place_and_a_district_is_the_speaker() {
    assert_eq!(
        quotes("person_of_a_long_court_name"),
        [pair("no realistic alternative", "Constance Harwell")]
    );
}

#[test]
fn a_participle_is_said_by_the_description_opening_its_sentence_with_its_phrase() {
    assert_eq!(
        quotes("description_with_phrase_before_participle"),
        [pair(
            "on a cocktail napkin",
            "A former board member of a Cambridge biotech company"
        )]
    );
}

#[test]
fn a_description_subject_after_two_opening_phrases_is_the_antecedent_of_he() {
    assert_eq!(
        quotes("description_subject_after_two_phrases")
            .last()
            .cloned(),
        Some(pair(
            "I've never seen the supply chain this tight,",
            "Rafael Montalbán"
        ))
    );
}

#[test]
fn that_after_a_noun_is_a_relative_pronoun_and_no_part_of_the_group_after_it() {
    assert_eq!(
        quotes("relative_that_before_group"),
        [pair("Swiss cheese.", "agents")]
    );
}

#[test]
fn cr_without_a_full_stop_is_a_councillors_title() {
    assert_eq!(
        quotes("australian_councillor_title"),
        [pair(
            "We've got beds, we've got food, we've got pet crates,",
            "Graeme Bellchambers"
        )]
    );
}

#[test]
fn an_account_posts_for_its_owner() {
    assert_eq!(
        quotes("account_posts_for_owner"),
        [pair(
            "Derby day done. That's four in a row.",
            "Fremantle Football Club"
        )]
    );
}

#[test]
fn a_name_apposed_to_the_subject_after_words_of_a_job_is_the_antecedent_of_he() {
    assert_eq!(
        quotes("apposed_name_after_job_words").last().cloned(),
        Some(pair(
            "I've sent patients to that hospital in the middle of the night,",
            "Malachy Drumm"
        ))
    );
}

#[test]
fn a_surname_that_is_a_verbs_past_after_a_full_name_is_a_name_wherever_capitalised() {
    assert_eq!(
        quotes("surname_that_is_a_verb").last().cloned(),
        Some(pair(
            "The weather was not friendly for me today,",
            "Gilbert Kiprono Sang"
        ))
    );
}

#[test]
fn an_object_whose_relative_clause_names_the_subject_by_the_other_gender_is_the_antecedent() {
    assert_eq!(
        quotes("relative_clause_names_subject_by_other_gender")
            .last()
            .cloned(),
        Some(pair(
            "She was small, very thin, but she had no fear,",
            "Birendra Toppo"
        ))
    );
}

#[test]
fn a_request_that_she_be_allowed_tells_nothing_of_the_askers_gender() {
    assert_eq!(
        quotes("request_tells_no_gender").last().cloned(),
        Some(pair(
            "the most dependable person on my floor.",
            "Hollis Greer"
        ))
    );
}

#[test]
fn a_group_of_women_is_plural_and_the_antecedent_of_they() {
    assert_eq!(
        quotes("irregular_plural_group"),
        [pair(
            "The men with guns are on that road,",
            "Several women in the camp"
        )]
    );
}

#[test]
fn a_spokeswoman_is_no_antecedent_of_he() {
    assert_eq!(
        quotes("gendered_job_noun").last().cloned(),
        Some(pair(
            "We lost time, but we didn't lose the program,",
            "Howard Pryor"
        ))
    );
}

#[test]
fn a_name_a_noun_for_a_body_came_before_is_a_body_and_no_antecedent_of_she() {
    assert_eq!(
        quotes("name_after_body_noun").last().cloned(),
        Some(pair(
            "If Harlow & Penn wants a long dispute, it can have one,",
            "Shauna McTeer"
        ))
    );
}

#[test]
fn a_translation_in_parentheses_after_a_quote_stands_between_it_and_its_cue() {
    assert_eq!(
        quotes("translation_after_chant"),
        [pair("Amanzi! Amanzi!", "about 200 residents")]
    );
}

#[test]
fn a_body_named_in_full_with_an_apposed_noun_is_given_its_full_name_later() {
    assert_eq!(
        quotes("body_apposed_full_name"),
        [pair(
            "the workforce crisis in long-term care affects every operator.",
            "Crestline Senior Living"
        )]
    );
}

#[test]
fn responded_that_she_tells_the_speakers_gender() {
    assert_eq!(
        quotes("responded_that_she").last().cloned(),
        Some(pair("Not a drop. Not one drop,", "Bram Kolodziejczyk"))
    );
}

#[test]
fn joo_is_a_korean_family_name_that_a_short_reference_keeps() {
    assert_eq!(
        quotes("korean_family_name_joo"),
        [pair(
            "Threatening young doctors with their licences will not bring a single one of them back,",
            "Joo Min-kyu"
        )]
    );
}

#[test]
fn and_after_a_word_for_a_body_joins_the_bodys_name() {
    assert_eq!(
        quotes("customs_and_border_protection"),
        [pair(
            "the largest in the port's history.",
            "U.S. Customs and Border Protection"
        )]
    );
}

#[test]
fn a_second_relative_clause_shares_the_first_ones_antecedent() {
    assert_eq!(
        quotes("second_relative_clause"),
        [pair("furious and very, very funny", "Rufus Tennant")]
    );
}

#[test]
fn a_fragment_in_the_clause_a_report_gives_is_the_reporters_not_a_later_verbs() {
    assert_eq!(
        quotes("fragment_in_reported_clause"),
        [pair("not convinced", "Ray Doolittle")]
    );
}

#[test]
fn a_past_tense_after_a_noun_is_its_verb_and_no_speakers_head() {
    assert_eq!(
        quotes("past_tense_after_description"),
        [pair(
            "They mentioned shelter costs three times in a two-page statement.",
            "Karina Vyborny"
        )]
    );
}

#[test]
fn a_description_of_a_named_body_is_the_participles_subject_whole() {
    assert_eq!(
        quotes("description_of_a_body_before_participle"),
        [pair("got it wrong", "The head of Services Australia")]
    );
}

#[test]
fn a_person_opening_a_sentence_after_for_is_the_antecedent_of_the_next_pronoun() {
    assert_eq!(
        quotes("pronoun_after_for_name_topic"),
        [
            pair("We heard the families loud and clear,", "Ruth Okafor-Lane"),
            pair(
                "I couldn’t get my son seen without missing a shift,",
                "Tessa Brandvold"
            ),
        ]
    );
}

#[test]
fn a_name_apposed_to_a_description_opening_a_subordinate_clause_is_its_verbs_subject() {
    assert_eq!(
        quotes("subordinate_clause_description_and_name"),
        [pair("hiding the real deficit", "Priya Raghunathan")]
    );
}

#[test]
fn an_office_named_for_a_title_keeps_its_whole_name() {
    assert_eq!(
        quotes("office_of_a_title_is_a_body"),
        [pair("serious gaps", "Office of Inspector General")]
    );
}

#[test]
fn an_office_named_for_its_holder_in_the_possessive_keeps_its_whole_name() {
    assert_eq!(
        quotes("office_of_a_holder_in_the_possessive"),
        [pair(
            "Deputies acted within policy,",
            "Tarrow County Sheriff's Office"
        )]
    );
}

#[test]
fn a_body_name_with_a_list_after_its_of_keeps_its_commas() {
    assert_eq!(
        quotes("body_name_with_a_list"),
        [
            pair(
                "Councils have the money they need,",
                "Ministry of Housing, Communities and Local Government"
            ),
            pair(
                "The evidence on vaping is still thin,",
                "National Academies of Sciences, Engineering, and Medicine"
            ),
        ]
    );
}

#[test]
fn they_takes_up_people_named_together_in_the_paragraph_before() {
    assert_eq!(
        quotes("they_after_names_joined_by_and"),
        [pair(
            "the curfew criminalises the commute home.",
            "Ilse Vornholt and Dario Castellane"
        )]
    );
}

#[test]
fn an_adverb_of_place_opening_the_sentence_is_no_speaker() {
    assert_eq!(
        quotes("opening_adverb_of_place_is_no_name"),
        [pair("the worst since 1998", "Dale Osterberg")]
    );
}

#[test]
fn a_relative_clause_with_commas_of_its_own_follows_the_verbs_subject() {
    assert_eq!(
        quotes("relative_clause_with_commas_before_the_verb"),
        [pair(
            "It took ten minutes to lose a year,",
            "Piet Hallgrimsson"
        )]
    );
}

#[test]
fn a_surname_with_an_elided_particle_is_a_name() {
    assert_eq!(
        quotes("surname_with_elided_particle"),
        [pair(
            "My father fished the same grounds for 40 years,",
            "Trevor d’Entremont"
        )]
    );
}

#[test]
fn a_patronymic_name_is_called_by_its_given_name() {
    assert_eq!(
        quotes("patronymic_name_called_by_given_name"),
        [pair(
            "I wrote them at the depot, between routes,",
            "Azmirul bin Kamaruddin"
        )]
    );
}

#[test]
fn words_on_a_sign_give_no_speaker_to_the_next_pronoun() {
    assert_eq!(
        quotes("sign_reading_is_no_speaker"),
        [pair(
            "If the ships wait, the government should blame itself,",
            "Obinna Eze"
        )]
    );
}

#[test]
fn a_name_not_right_before_a_participle_is_not_its_subject() {
    assert_eq!(
        quotes("participle_after_a_phrase_of_place"),
        [pair("stay green forever", "Ines Calloway")]
    );
}

#[test]
fn an_honour_goes_before_a_given_name_that_stands_for_the_full_name() {
    assert_eq!(
        quotes("honour_before_a_given_name"),
        [pair("a matter for the police", "Morwenna Treloar")]
    );
}

#[test]
fn a_name_apposed_to_an_office_owned_by_a_country_is_the_speaker() {
    assert_eq!(
        quotes("office_owned_by_a_country_then_name"),
        [pair(
            "The corridor will open on Monday,",
            "Wanjiru Kamau-Otieno"
        )]
    );
}

#[test]
fn who_after_an_appositive_naming_a_body_means_the_person_before_it() {
    assert_eq!(
        quotes("who_after_an_appositive_of_a_body"),
        [pair("a generational shift.", "Ilka Brandstetter")]
    );
}

#[test]
fn a_role_after_as_in_the_subjects_relative_clause_is_no_subject() {
    assert_eq!(
        quotes("role_after_as_in_relative_clause"),
        [pair(
            "lost the room",
            "An Asian diplomat who attended the talks as an observer"
        )]
    );
}

#[test]
fn a_body_name_keeps_on_after_its_bodys_word() {
    assert_eq!(
        quotes("body_name_with_on"),
        [pair(
            "dead on arrival",
            "Senate Committee on Foreign Relations"
        )]
    );
}

#[test]
fn a_company_called_by_several_words_of_its_name_is_named_in_full() {
    assert_eq!(
        quotes("company_by_its_name_without_the_company_word"),
        [pair(
            "grateful to the council for its vision",
            "Kettle Ridge Partners LLC"
        )]
    );
}

#[test]
fn a_name_after_an_office_keeps_its_surname_particle_and_given_name() {
    assert_eq!(
        quotes("office_before_name_with_surname_particle"),
        [
            pair("unintended consequences", "Cathal Ó Floinn"),
            pair("We have looked at this very carefully,", "Cathal Ó Floinn"),
        ]
    );
}

#[test]
fn a_possessive_after_the_verb_tells_which_namesake_spoke() {
    assert_eq!(
        quotes("possessive_after_verb_tells_namesake"),
        [pair(
            "I was thinking about which flight to book,",
            "Anna Dragomir"
        )]
    );
}

#[test]
fn a_first_surname_of_two_alone_names_the_person() {
    assert_eq!(
        quotes("first_surname_of_two"),
        [pair(
            "My mother was gone by 50,",
            "Marisol Quintero Barragán"
        )]
    );
}

#[test]
fn a_past_tense_after_a_descriptions_head_ends_the_description() {
    assert_eq!(
        quotes("past_tense_after_description_head"),
        [pair("inconsistent.", "The Romanian center")]
    );
}

#[test]
fn a_place_word_that_is_also_a_verb_form_stays_in_the_place_name() {
    assert_eq!(
        quotes("place_word_that_is_a_verb_form"),
        [pair("respond firmly", "United States")]
    );
}

#[test]
fn a_garda_rank_is_a_title_and_a_barristers_letters_follow_the_name() {
    assert_eq!(
        quotes("irish_garda_rank_and_post_nominal"),
        [
            pair(
                "fully cooperative from the first interview",
                "Orla Breathnach"
            ),
            pair("a passenger in every sense", "Sorcha Lyne"),
            pair("He had no idea what was in the van,", "Sorcha Lyne"),
        ]
    );
}

#[test]
fn according_to_a_copy_of_someones_remarks_leaves_the_speaker_to_the_report() {
    assert_eq!(
        quotes("according_to_a_copy_of_remarks"),
        [pair("irrelevance", "Ratna Wirawan")]
    );
}

#[test]
fn a_surname_with_its_particle_capitalised_names_the_person_in_full() {
    assert_eq!(
        quotes("particle_capitalised_at_sentence_start"),
        [pair("It was a hard film to make,", "Marieke van der Velde")]
    );
}

#[test]
fn names_of_places_after_a_group_and_its_preposition_belong_to_the_group() {
    assert_eq!(
        quotes("group_before_places_joined_by_and"),
        [pair(
            "a disaster for anyone with cattle",
            "Farmers in Iowa and Nebraska"
        )]
    );
}

#[test]
fn a_name_after_a_comma_is_not_one_more_place_of_a_group() {
    assert_eq!(
        quotes("places_before_a_comma_and_a_name"),
        [pair("a betrayal of the heartland", "Kell")]
    );
}

#[test]
fn an_appositive_identifying_the_subject_by_name_names_the_speaker() {
    assert_eq!(
        quotes("appositive_identifying_the_subject"),
        [pair(
            "Easy to say when you're not the one paying it.",
            "Amos Thornbury"
        )]
    );
}

#[test]
fn a_name_opening_a_clause_after_what_is_its_verbs_subject() {
    assert_eq!(
        quotes("free_relative_clause_subject"),
        [pair(
            "the hardest ground game I have seen in 30 years.",
            "Marguerite Okonjo"
        )]
    );
}

#[test]
fn a_verb_form_after_a_bodys_of_is_part_of_its_name() {
    assert_eq!(
        quotes("court_of_appeals_body"),
        [pair("far too late to be considered.", "Court of Appeals")]
    );
}

#[test]
fn a_bodys_name_goes_on_through_for_the_and_an_ordinal() {
    assert_eq!(
        quotes("body_name_for_the_circuit"),
        [
            pair("public safety", "U.S. Court of Appeals for the 4th Circuit"),
            pair(
                "frivolous.",
                "U.S. District Court for the Eastern District of Virginia"
            ),
        ]
    );
}

#[test]
fn a_perfect_participle_is_a_cue_of_the_subject_of_its_sentence() {
    let text = fixture("perfect_participle_cue");
    let doc = whosaid::extract(&text);
    assert_eq!(doc.quotes.len(), 1);
    let q = &doc.quotes[0];
    assert_eq!(q.text(&text), "a partner we can trust");
    // (Its subject is "She", who is Ilse Marchetti.)
    assert_eq!(q.attribution, Attribution::Pronoun);
    assert_eq!(q.cue.map(|c| c.as_str(&text)), Some("described"));
    assert_eq!(
        doc.speaker_of(q).map(|s| s.name.as_str()),
        Some("Ilse Marchetti")
    );
}

#[test]
fn a_fragment_in_a_clause_of_contrast_is_of_that_clauses_subject() {
    assert_eq!(
        quotes("fragment_in_subordinate_clause"),
        [pair(
            "a fairer rates system that rewards thrift,",
            "Dorota Wieczorek"
        )]
    );
}

#[test]
fn a_passive_participle_with_no_auxiliary_names_its_agent_after_by() {
    assert_eq!(
        quotes("reduced_passive_agent"),
        [pair("fishing expedition", "opposition members")]
    );
}

#[test]
fn a_passive_names_its_agent_after_an_article_and_the_quotation() {
    assert_eq!(
        quotes("passive_agent_after_article"),
        [pair("fishing expedition", "opposition members")]
    );
}

#[test]
fn a_bodys_word_after_a_noun_for_people_heads_the_description() {
    assert_eq!(
        quotes("body_word_after_person_noun"),
        [pair("dismayed but not surprised", "The student union")]
    );
}

#[test]
fn a_style_before_a_clergy_title_is_part_of_the_apposed_name() {
    assert_eq!(
        quotes("clergy_style_title"),
        [pair(
            "We are not closing churches. We are trying to keep them open,",
            "Aldous Penwarden"
        )]
    );
}

#[test]
fn a_name_before_which_and_its_comma_is_a_body_that_speaks() {
    assert_eq!(
        quotes("name_before_which_is_a_body"),
        [pair(
            "unlike anything we have seen for a heritage act.",
            "Nordlys Concerts"
        )]
    );
}

#[test]
fn an_office_after_a_possessive_determiner_gives_way_to_the_apposed_name() {
    assert_eq!(
        quotes("office_after_possessive_determiner"),
        [pair("the battery of the region", "Sompong Vilaythong")]
    );
}

#[test]
fn a_capitalised_preposition_after_a_plural_joins_a_bodys_name() {
    assert_eq!(
        quotes("capitalised_preposition_in_body_name"),
        [
            pair(
                "an outrage that no democracy should tolerate.",
                "Reporters Without Borders"
            ),
            pair("a crime against patients.", "Medics Across Frontiers"),
        ]
    );
}

#[test]
fn a_hyphened_particle_capitalised_is_the_same_person_named_in_full() {
    assert_eq!(
        quotes("capitalised_particle_opening_sentence"),
        [
            pair("real but not unbridgeable.", "Samira el-Haddawi"),
            pair("I am paid to be optimistic,", "Samira el-Haddawi"),
        ]
    );
}

#[test]
fn a_company_word_that_is_also_a_verb_form_ends_the_companys_name() {
    assert_eq!(
        quotes("company_word_that_is_a_verb_form"),
        [pair(
            "a comprehensive review of our manufacturing footprint",
            "Kelvedon Brands"
        )]
    );
}

#[test]
fn a_description_after_what_is_its_verbs_subject_not_the_sentences() {
    assert_eq!(
        quotes("description_after_what"),
        [pair("deceptively strong", "the coroner")]
    );
}

#[test]
fn a_pronoun_subject_of_the_sentence_before_speaks_a_quote_with_no_cue() {
    assert_eq!(
        quotes("pronoun_subject_of_sentence_before"),
        [pair(
            "What’s the point? It won’t change the result.",
            "Wiremu Tane"
        )]
    );
}

#[test]
fn a_holiday_before_a_noun_is_no_one_a_pronoun_takes_up() {
    assert_eq!(
        quotes("holiday_is_no_name"),
        [pair(
            "Don’t worry about the figures – it’s all legitimate and the auditors are happy.",
            "Declan Ashcombe"
        )]
    );
}

#[test]
fn a_possessor_opening_the_sentence_before_is_the_pronoun_of_her_known_gender() {
    assert_eq!(
        quotes("possessor_opening_sentence_before"),
        [
            pair(
                "We used to talk about glaciers retreating,",
                "Marit Oyelaran"
            ),
            pair("That word is too polite now.", "Marit Oyelaran"),
            pair(
                "The path I learned as a boy is now a cliff,",
                "Anselm Brechbühl"
            ),
            pair("Save it? No,", "Marit Oyelaran"),
        ]
    );
}

#[test]
fn a_verb_in_a_relative_clause_of_the_subject_does_not_report_its_main_verb() {
    assert_eq!(
        quotes("event_in_relative_clause_of_subject"),
        [
            pair(
                "We sold out of it an hour after the announcement,",
                "Gwenllian Probert"
            ),
            pair("I might buy a better chair,", "Nkemdirim"),
        ]
    );
}

#[test]
fn according_to_a_document_and_its_participle_names_the_document() {
    assert_eq!(
        quotes("according_to_a_report_released_by"),
        [
            pair(
                "Oversight of the program was effectively nonexistent,",
                "a report released by the city auditor"
            ),
            // (A phrase of eight words and more, read to its end.)
            pair(
                "Nobody checked the invoices,",
                "a report released by the city’s Office of Inspector General"
            ),
        ]
    );
}

#[test]
fn an_unnamed_questioner_who_asks_again_is_he_who_asked() {
    assert_eq!(
        quotes("unnamed_questioner_asks_again"),
        [
            pair(
                "I keep thinking someone is going to ask for the badge back,",
                "Inés Calatrava"
            ),
            pair(
                "Is this your own family on the screen?",
                "a critic from a Spanish daily"
            ),
            pair("My sisters would like me to say no,", "Inés Calatrava"),
            pair("So, no.", "Inés Calatrava"),
            pair("Another small one,", "Inés Calatrava"),
        ]
    );
}

#[test]
fn a_right_mark_opening_its_paragraph_opens_a_quotation() {
    assert_eq!(
        quotes("right_mark_opening_paragraph"),
        [pair(
            " … in the case of Wyoming, the Ellison train has already left the station,",
            "Time magazine"
        )]
    );
}

#[test]
fn a_union_locals_number_is_part_of_its_name() {
    assert_eq!(
        quotes("union_local_number"),
        [pair(
            "abandoned a community that built it.",
            "Glassworkers Local 402"
        )]
    );
}

#[test]
fn a_pronoun_in_a_parenthetical_report_is_not_the_subject_after_it() {
    assert_eq!(
        quotes("parenthetical_report_is_no_cataphora"),
        [pair(
            "a risk that management seems to be underestimating.",
            "Rashida Okonkwo-Bell"
        )]
    );
}

#[test]
fn a_pronoun_takes_up_the_person_a_video_shows_in_its_paragraph() {
    assert_eq!(
        quotes("pronoun_takes_up_one_shown"),
        [
            pair(
                "I do the same job as the guy next to me,",
                "Jamal Pettengill"
            ),
            pair("We are not asking for a handout,", "Ferris Odunsi"),
        ]
    );
}

#[test]
fn a_bare_turn_after_a_reply_to_a_question_is_the_askers() {
    assert_eq!(
        quotes("bare_turn_after_a_reply"),
        [
            pair(
                "Did you or did you not write that an officer’s hunch can justify a search?",
                "Ogden Farrow"
            ),
            pair(
                "I wrote that a hunch, combined with the facts in that record, was sufficient,",
                "Ines Valcourt"
            ),
            pair(
                "I did not write that a hunch alone is enough.",
                "Ines Valcourt"
            ),
            pair("So the answer is yes.", "Ogden Farrow"),
            pair(
                "The answer is that the opinion says what it says, Senator.",
                "Ines Valcourt"
            ),
        ]
    );
}

#[test]
fn a_description_opening_the_clause_before_an_appositive_is_the_subject() {
    assert_eq!(
        quotes("description_before_participle_appositive"),
        [pair(
            "culture of denial",
            "A report into Harrowgate Hospitals Trust"
        )]
    );
}

#[test]
fn parties_is_a_plural_that_speaks() {
    assert_eq!(
        quotes("parties_is_a_group"),
        [pair("painfully slow", "opposition parties")]
    );
}

#[test]
fn a_bare_question_after_the_answer_to_a_reported_question_is_the_askers() {
    assert_eq!(
        quotes("bare_question_after_reported_question"),
        [
            pair("The delegate,", "Alasdair Finnegan"),
            pair("And who is the delegate?", "Terry Okafor"),
            pair("I am, senator.", "Alasdair Finnegan"),
        ]
    );
}

#[test]
fn a_constabulary_is_a_body_whose_name_joins_its_words_by_and() {
    assert_eq!(
        quotes("constabulary_is_a_body"),
        [pair(
            "This is the outcome every one of us had been hoping and praying for,",
            "Moira Strachan"
        )]
    );
}

#[test]
fn for_after_a_plural_joins_a_bodys_name() {
    assert_eq!(
        quotes("plural_for_body_name"),
        [pair(
            "respects every family’s choice.",
            "Kellwood Families for Medical Freedom"
        )]
    );
}

#[test]
fn an_apposed_name_in_a_reported_clause_is_its_verbs_subject() {
    assert_eq!(
        quotes("apposed_name_in_reported_clause"),
        [pair(
            "the most competitive kid I’ve ever coached.",
            "Ray Tuiasosopo"
        )]
    );
}

#[test]
fn a_bare_turn_after_an_answer_to_an_asked_question_is_the_askers() {
    assert_eq!(
        quotes("bare_turn_after_answer_to_asked_question"),
        [
            pair(
                "Can you tell me, today, how many dollars of this go to Phelps County?",
                "Curtis Albrecht"
            ),
            pair(
                "I can tell you the formula, senator. I can’t tell you the dollars until the department does its project list,",
                "Patricia Ferrante"
            ),
            pair("So the answer is no.", "Curtis Albrecht"),
            pair(
                "The answer is that it’s a formula, and your county does very well under it.",
                "Patricia Ferrante"
            ),
        ]
    );
}

#[test]
fn a_span_of_time_after_for_between_auxiliary_and_verb_is_skipped() {
    assert_eq!(
        quotes("span_of_time_before_verb"),
        [pair("colonial-era thinking.", "Norvalian state television")]
    );
}

#[test]
fn the_elder_of_two_namesakes_is_the_one_whose_son_is_named() {
    assert_eq!(
        quotes("the_elder_of_namesakes"),
        [
            pair("My son pays into that fund every month,", "Gordon Vesely"),
            pair("I was not surprised by the sentence,", "Aaron Vesely"),
        ]
    );
}

#[test]
fn the_younger_of_two_namesakes_is_the_one_with_the_lower_age() {
    assert_eq!(
        quotes("the_younger_by_age"),
        [
            pair("I thought I would never come back,", "Ingrid Halvik"),
            pair("Then the ovens needed someone.", "Ingrid Halvik"),
            pair("She burns fewer loaves than I did,", "Teodora Halvik"),
        ]
    );
}

#[test]
fn a_title_closing_an_appositive_leaves_the_subject_before_it() {
    assert_eq!(
        quotes("title_closing_an_appositive"),
        [pair("a fundraiser in rented cowboy boots.", "Buck Tamsin")]
    );
}

#[test]
fn the_agent_of_a_participle_inside_the_subject_is_not_the_speaker() {
    assert_eq!(
        quotes("agent_inside_the_subject"),
        [pair(
            "simply not true.",
            "The family of a 19-year-old woman fatally shot by a county sheriff's deputy"
        )]
    );
}

#[test]
fn advocate_before_a_name_is_a_title_of_the_apposed_name() {
    assert_eq!(
        quotes("advocate_as_title"),
        [pair("falsely implicated", "Rohan Kulkarni")]
    );
}

#[test]
fn long_between_a_perfect_auxiliary_and_its_verb_keeps_the_subject() {
    assert_eq!(quotes("perfect_with_long"), [pair("non-core", "analysts")]);
}

#[test]
fn a_fragment_said_in_a_relative_clause_is_not_the_closing_reports() {
    assert_eq!(
        quotes("relative_clause_before_closing_report"),
        [pair("non-core", "analysts")]
    );
}

#[test]
fn a_shadow_office_is_not_the_person_given_the_office_itself() {
    assert_eq!(
        quotes("shadow_office_is_another_person"),
        [
            pair("harrowing", "Naomi Fairclough"),
            pair("inquiry by postcode", "The shadow health secretary"),
        ]
    );
}

#[test]
fn a_pronoun_takes_up_the_epithet_subject_of_the_sentence_before() {
    assert_eq!(
        quotes("epithet_subject_before_pronoun"),
        [
            pair(
                "Honestly, my legs were shaking when I took the ball,",
                "Rohan Deshmane"
            ),
            pair("He was waiting for the slower one,", "Rohan Deshmane")
        ]
    );
}

#[test]
fn a_team_spokesman_is_one_description() {
    assert_eq!(
        quotes("team_spokesman"),
        [pair(
            "take no further part in the series",
            "A team spokesman"
        )]
    );
}

#[test]
fn a_verb_after_but_does_not_share_the_subject_of_a_verb_in_the_opening_phrase() {
    assert_eq!(
        quotes("verb_of_opening_phrase"),
        [pair("closed that chapter a long time ago", "Nuala Devaney")]
    );
}

#[test]
fn a_relatives_given_name_takes_the_surname_of_the_person_named_before() {
    assert_eq!(
        quotes("relative_given_name_takes_surname"),
        [
            pair(
                "It’s something we used to dream about in the back yard,",
                "Tamati Hokoana"
            ),
            pair(
                "He’s got more wickets than me so he’ll be unbearable at dinner,",
                "Rawiri Hokoana"
            ),
        ]
    );
}

#[test]
fn a_plus_closing_a_capitalised_name_is_part_of_it() {
    assert_eq!(
        quotes("plus_in_a_service_name"),
        [pair("incredibly proud", "Brightwell+")]
    );
}

#[test]
fn two_nouns_for_a_person_joined_by_and_make_one_title_before_the_name() {
    assert_eq!(
        quotes("titles_joined_by_and"),
        [
            pair(
                "a book that earns every one of its 600 pages",
                "Anthony Pelling-Osei"
            ),
            pair("furious and tender", "Ruth Okonkwo"),
        ]
    );
}

#[test]
fn a_surname_alone_is_not_the_namesake_introduced_as_a_relative() {
    assert_eq!(
        quotes("namesake_introduced_as_relative"),
        [
            pair(
                "Uncle Lu played his last gig two weeks ago,",
                "the statement"
            ),
            pair(
                "because somebody had to make some noise",
                "Lucien Marchetti"
            ),
        ]
    );
}

#[test]
fn a_name_apposed_before_a_closing_report_speaks_not_the_clause_subject() {
    assert_eq!(
        quotes("closing_report_with_apposed_name"),
        [pair("peacefully", "Paul Ardoin")]
    );
}

#[test]
fn a_pronoun_takes_up_the_person_an_age_epithet_that_spoke_stands_for() {
    assert_eq!(
        quotes("age_epithet_speaker_for_pronoun"),
        [pair(
            "My father used to sit with me for maths every night,",
            "Aarohi Pendse"
        )]
    );
}

#[test]
fn a_surname_alone_is_not_a_grandmother_introduced_by_her_relation() {
    assert_eq!(
        quotes("namesake_grandmother"),
        [pair("She would hate this place,", "Inés Aldazabal")]
    );
}

#[test]
fn a_birth_name_stands_for_the_person_it_names_by_her_given_name() {
    assert_eq!(
        quotes("birth_name"),
        [
            pair("She corrected my grammar on Thursday,", "Claire Banerjee"),
            pair("how much lying goes on under oath.", "Harriet Calloway"),
        ]
    );
}

#[test]
fn an_age_and_a_title_after_the_are_a_description_of_the_title_holder() {
    assert_eq!(
        quotes("aged_title_description"),
        [
            pair("completely unacceptable", "Helen Sandbrook"),
            pair(
                "I want them to tell me straight what they need,",
                "Helen Sandbrook"
            ),
        ]
    );
}

#[test]
fn a_one_word_turn_of_a_dialogue_is_a_quote() {
    let found = quotes("short_bare_turns");
    assert_eq!(found[2], pair("After.", "Lorraine Keohane"));
    assert_eq!(found[3], pair("Yes.", "Conrad Hollinshead"));
}

#[test]
fn bare_turns_of_two_people_go_on_alternating() {
    let found = quotes("short_bare_turns");
    assert_eq!(
        found[4..],
        [
            pair(
                "So it was written on Jan. 30. Did anyone at your company read it in those six weeks?",
                "Lorraine Keohane"
            ),
            pair(
                "It was received by our regional engineering office.",
                "Conrad Hollinshead"
            ),
        ]
    );
}

#[test]
fn the_second_given_name_of_a_pair_names_its_sister() {
    assert_eq!(
        quotes("second_given_name_of_a_pair"),
        [pair(
            "She played it for me on the porch and didn’t say a word afterwards,",
            "Sunniva Halvorsen"
        )]
    );
}

#[test]
fn a_subject_with_its_relative_clause_after_an_opening_phrase_speaks() {
    assert_eq!(
        quotes("relative_subject_after_opening_phrase"),
        [pair(
            "a betrayal of the people who kept these churches alive",
            "a campaign group that has fought the plan"
        )]
    );
}

#[test]
fn a_name_with_latin1_mojibake_stays_one_name() {
    assert_eq!(
        quotes("mojibake_name"),
        [pair(
            "choose the road toward isolationism and destruction.",
            "Enrique PeÃ±a Nieto"
        )]
    );
}

#[test]
fn the_person_after_a_clause_opening_with_is_the_participles_subject() {
    assert_eq!(
        quotes("with_subject_of_participle"),
        [
            pair("a recruiting office for organized labor.", "Howard Kimball"),
            pair("paying for a science fair.", "Delia Hargreave"),
        ]
    );
}

#[test]
fn a_bare_turn_calling_the_last_speaker_by_name_is_the_others() {
    assert_eq!(
        quotes("bare_turn_calls_last_speaker").last().cloned(),
        Some(pair(
            "No, senator. I was optimistic. There’s a difference.",
            "Teodora Balcárcel"
        ))
    );
}

#[test]
fn a_fragment_after_with_a_promise_is_the_clause_subjects() {
    assert_eq!(
        quotes("with_a_promise"),
        [pair("adult supervision", "Beatrix Sandholm")]
    );
}

#[test]
fn a_body_name_keeps_a_state_that_is_also_a_given_name() {
    assert_eq!(
        quotes("body_name_with_ambiguous_state"),
        [pair(
            "a review of pension oversight",
            "Indiana State Board of Accounts"
        )]
    );
}

#[test]
fn the_elder_of_namesakes_is_the_one_named_a_parent_past_more_words() {
    assert_eq!(
        quotes("the_elder_past_a_described_relation"),
        [pair("Nobody believed in this,", "Vahe Mirzakhan")]
    );
}

#[test]
fn a_surname_alone_is_the_person_it_named_before_a_namesake_came_in() {
    assert_eq!(
        quotes("surname_alone_set_up_before_a_namesake"),
        [
            pair(
                "We used to fill two carts a month. Now it is one and a half,",
                "Marisol Okonkwo-Reyes"
            ),
            pair(
                "My mom never complains, so I stopped asking,",
                "Jimena Okonkwo-Reyes"
            ),
            pair("Generic everything,", "Marisol Okonkwo-Reyes"),
            pair(
                "Nobody at my table has noticed yet.",
                "Marisol Okonkwo-Reyes"
            ),
        ]
    );
}

#[test]
fn a_phrase_of_time_after_a_subject_is_no_part_of_its_description() {
    assert_eq!(
        quotes("phrase_of_time_after_the_subject"),
        [
            pair("a giveaway to the biggest growers.", "The senator"),
            pair("slow but serious.", "A spokeswoman"),
            pair("stay off my land.", "the man"),
        ]
    );
}

#[test]
fn a_bodys_name_runs_up_to_its_initials_in_brackets() {
    assert_eq!(
        quotes("body_name_before_its_initials"),
        [
            pair(
                "in the strongest terms.",
                "Economic Community of Coastal States"
            ),
            pair("a fiction.", "Alliance for a New Marvania"),
            pair(
                "Access for aid convoys has been severely constrained,",
                "United Nations Office for the Coordination of Humanitarian Affairs"
            ),
        ]
    );
}

#[test]
fn a_bodys_name_after_the_verb_goes_on_past_of_after_its_body_word() {
    assert_eq!(
        quotes("body_name_of_after_the_verb"),
        [
            pair(
                "The exchange rate will find its level,",
                "Central Bank of Velmora"
            ),
            pair(
                "Our members cannot plan on these terms,",
                "Ostrava Chamber of Commerce"
            ),
        ]
    );
}

#[test]
fn it_takes_up_the_body_that_opens_a_sentence_before_it() {
    assert_eq!(
        quotes("it_after_a_body_opening_the_sentence"),
        [
            pair("based on rumour and hearsay", "Ministry of the Interior"),
            pair("stop looking the other way", "Corvane Rights Watch"),
        ]
    );
}

#[test]
fn it_after_a_body_description_takes_up_the_body_named_before() {
    assert_eq!(
        quotes("it_after_a_body_description_opening_the_sentence"),
        [pair(
            "generous and sustainable.",
            "Harbourview Regional Medical Center"
        )]
    );
}

#[test]
fn a_reflexive_after_the_subject_is_no_part_of_the_speaker() {
    assert_eq!(
        quotes("reflexive_after_the_subject"),
        [
            pair("a compliance problem", "Marlow Bay Fisheries Authority"),
            pair("a regrettable necessity.", "The governor"),
        ]
    );
}

#[test]
fn a_company_called_by_its_first_word_keeps_its_full_name() {
    assert_eq!(
        quotes("company_first_word_taken_up_by_it"),
        [pair("within national limits", "Kestrel Minerals")]
    );
}

#[test]
fn a_body_named_short_before_which_keeps_its_fullest_name() {
    assert_eq!(
        quotes("body_named_before_which_in_short"),
        [pair(
            "a years-long pattern of channel stuffing.",
            "Harrier Point Research"
        )]
    );
}

#[test]
fn a_relative_named_by_a_given_name_takes_the_family_surname() {
    assert_eq!(
        quotes("relative_named_by_given_name_after_a_possessive"),
        [
            pair(
                "I told him his free throw form is still terrible,",
                "Zoran Petrinović"
            ),
            pair("It was my bass, and I threw it,", "Ebo Mensah-Quaye"),
            pair("He doesn’t stand by it,", "Kojo Mensah-Quaye"),
        ]
    );
}

#[test]
fn a_family_name_before_a_hyphenated_given_name_names_the_person() {
    assert_eq!(
        quotes("family_name_before_a_syllable_pair"),
        [
            pair("I was just trying to get it close,", "Yeom Ji-woo"),
            pair("My mother said I could always stop,", "Yeom Ji-woo"),
            pair("So I kept going.", "Yeom Ji-woo"),
        ]
    );
}

#[test]
fn a_family_name_alone_is_not_the_relative_introduced_last() {
    assert_eq!(
        quotes("family_first_name_not_the_relative"),
        [
            pair("I was just trying to get it close,", "Park Ji-woo"),
            pair("My mother said I could always stop,", "Park Ji-woo"),
            pair("So I kept going.", "Park Ji-woo"),
        ]
    );
}

#[test]
fn friends_of_a_body_is_one_name() {
    assert_eq!(
        quotes("friends_of_a_body"),
        [
            pair(
                "disappointed that the trustees had not consulted more widely.",
                "Friends of Harlowe Museum"
            ),
            pair(
                "We will be writing to every trustee,",
                "Friends of Harlowe Museum"
            ),
        ]
    );
}

#[test]
fn a_past_participle_phrase_after_a_description_is_no_part_of_it() {
    assert_eq!(
        quotes("participle_phrase_after_a_description"),
        [pair(
            "any further use of the emblem will be referred to our lawyers.",
            "A letter from the Veterans League"
        )]
    );
}

#[test]
fn its_statement_is_the_words_of_the_body_it_stands_for() {
    assert_eq!(
        quotes("possessive_statement_with_a_modifier"),
        [
            pair(
                "an area of medium flood risk.",
                "Upper Tarrow Drainage Board"
            ),
            pair("fully compliant.", "Acme Homes"),
        ]
    );
}

#[test]
fn a_person_described_before_a_bare_quote_in_the_paragraph_says_it() {
    assert_eq!(
        quotes("described_person_before_a_bare_quote"),
        [
            pair(
                "Every young lad I went to college with is asking the same question,",
                "Cian Mulvany"
            ),
            pair(
                "He’s right. And if the young lads go, that’s the end of it around here.",
                "His father"
            ),
            pair("Is that your final answer?", "The judge"),
        ]
    );
}

#[test]
fn a_namesake_introduced_after_whose_and_a_relative_is_not_the_surname_alone() {
    assert_eq!(
        quotes("relative_introduced_after_whose"),
        [pair(
            "My mother has never read my book,",
            "Ifeoma Okafor-Nwosu"
        )]
    );
}

#[test]
fn the_younger_of_namesakes_is_the_one_introduced_as_a_younger_sibling() {
    assert_eq!(
        quotes("the_younger_sibling"),
        [
            pair(
                "He has been telling me for three seasons,",
                "Kofi Asamoah-Boateng"
            ),
            pair(
                "It was a nothing free-kick, really,",
                "Kwabena Asamoah-Boateng"
            ),
        ]
    );
}

#[test]
fn the_one_asked_by_an_object_pronoun_replies_not_the_asker() {
    assert_eq!(
        quotes("asked_him_then_he_replied"),
        [
            pair(
                "Every single night, twenty minutes before, I’m in the toilet,",
                "Kwesi Boateng-Hale"
            ),
            pair("She has a system,", "Kwesi Boateng-Hale"),
            pair(
                "After every show she says the lighting was very nice.",
                "Kwesi Boateng-Hale"
            ),
            pair("So she’s a lighting critic,", "Marnie Gilmour-Pryce"),
        ]
    );
}

#[test]
fn the_venerable_and_archdeacon_are_titles_before_a_name() {
    assert_eq!(
        quotes("venerable_archdeacon"),
        [pair("other Christian denominations", "Osric Pellingham")]
    );
}

#[test]
fn a_person_introduced_with_an_appositive_after_an_aside_takes_the_pronoun() {
    assert_eq!(
        quotes("introduced_after_no_relation"),
        [
            pair(
                "How many other hospitals are running on a two-year-old list?",
                "Thandeka Mokoena"
            ),
            pair(
                "We saw the saturation numbers dropping on every patient at the same time,",
                "Marieke Odendaal-Viljoen"
            ),
        ]
    );
}

#[test]
fn a_diminutive_before_a_womans_given_name_tells_no_gender() {
    assert_eq!(
        quotes("double_given_name_of_two_genders"),
        [
            pair(
                "When I read that letter, I had to sit down,",
                "Clarence Whitlock-Ames"
            ),
            pair(
                "He told us the nails came from the blacksmith in town,",
                "Willie Mae Fairbrother"
            ),
        ]
    );
}

#[test]
fn council_member_is_a_title_before_a_name() {
    assert_eq!(
        quotes("council_member_title"),
        [pair(
            "a good idea with a bad price tag",
            "Maureen Achterberg"
        )]
    );
}

#[test]
fn a_police_rank_abbreviation_is_a_title() {
    assert_eq!(
        quotes("police_rank_abbreviations"),
        [pair(
            "Police will never ask you to hand over your bank cards,",
            "Harriet Quennell-Boyd"
        )]
    );
}

#[test]
fn a_given_name_with_accents_tells_its_gender() {
    assert_eq!(
        quotes("accented_given_name"),
        [
            pair(
                "Osgood could make a bad piano sound good,",
                "Desirée Kowalczyk-Brandt"
            ),
            pair(
                "People say I invented this or that. I didn’t invent anything,",
                "Osgood Marchetti-Vale"
            ),
        ]
    );
}

#[test]
fn a_name_with_jr_is_the_son_not_a_fuller_form_of_the_fathers() {
    assert_eq!(
        quotes("father_and_son_named_jr"),
        [pair(
            "Sunday morning in the left hand and Saturday night in the right.",
            "Ambrose Delacroix-Fenn"
        )]
    );
}

#[test]
fn a_police_commissioners_rank_abbreviated_is_a_title() {
    assert_eq!(
        quotes("police_commissioner_ranks"),
        [
            pair(
                "Preliminary investigations indicate that two gates were locked,",
                "Kwadwo Amankwah-Sarpong"
            ),
            pair("only a first step", "Yaa Owusu-Bempah"),
        ]
    );
}

#[test]
fn a_subject_with_a_long_relative_clause_is_the_description_it_opens_with() {
    assert_eq!(
        quotes("long_relative_clause_subject"),
        [pair(
            "slow to see how ill she was",
            "The father of a nine-year-old girl who collapsed at school after complaining of headaches for most of the morning"
        )]
    );
}

#[test]
fn a_participle_after_what_the_court_heard_is_the_words_of_the_one_heard_of() {
    assert_eq!(
        quotes("participle_after_the_court_heard"),
        [pair("test the water pressure", "Dorian Keswick")]
    );
}

#[test]
fn the_subject_of_a_just_as_clause_is_no_antecedent_over_the_main_subject() {
    assert_eq!(
        quotes("subject_of_a_comparison_clause"),
        [pair(
            "He reached out to her and gave her the best job he had,",
            "Okonkwo"
        )]
    );
}

#[test]
fn a_headlines_report_is_no_antecedent_for_a_pronoun_in_the_body() {
    assert_eq!(
        quotes("headline_report_is_no_antecedent"),
        [pair(
            "We came through that and we will come through this,",
            "Okafor-Bristow"
        )]
    );
}

#[test]
fn a_base_form_after_a_plural_nouns_relative_clause_reports() {
    assert_eq!(
        quotes("plural_subject_with_relative_clause_says"),
        [pair(
            "let down again",
            "The families who met the housing minister"
        )]
    );
}

#[test]
fn a_relative_given_name_after_a_capitalised_possessive_takes_the_family_surname() {
    assert_eq!(
        quotes("capitalised_possessive_relative_given_name"),
        [
            pair("She always says she is the fast one,", "Anahera Tupaea"),
            pair("The clock says otherwise, some days.", "Anahera Tupaea"),
        ]
    );
}

#[test]
fn a_pronoun_takes_up_an_indefinite_subject_whole_with_its_modifier() {
    assert_eq!(
        quotes("modified_indefinite_subject_before_pronoun_quote"),
        [pair(
            "Nobody told us anything until the lawyers did,",
            "A senior official"
        )]
    );
}

#[test]
fn a_verb_in_the_question_put_to_a_subject_is_not_the_main_clauses_event() {
    assert_eq!(
        quotes("asked_whether_before_described_subject"),
        [
            pair("He has failed twice already,", "Tomasz Wielgus"),
            pair("Twice is a warm-up.", "his son"),
        ]
    );
}

#[test]
fn a_report_after_whose_speaks_for_the_antecedent() {
    assert_eq!(
        quotes("whose_report_warned"),
        [pair(
            "dangerously thin",
            "The Chief Inspector of Social Care"
        )]
    );
}

#[test]
fn someone_unnamed_after_a_quote_is_its_speaker() {
    assert_eq!(
        quotes("someone_called_out"),
        [pair("Answer the question!", "someone")]
    );
}

#[test]
fn a_surname_with_an_age_is_the_namesake_of_no_other_age() {
    assert_eq!(
        quotes("namesake_by_age"),
        [pair(
            "We went in for a cough and came out with measles,",
            "Obinna Fairweather-Nkemelu"
        )]
    );
}

#[test]
fn a_groups_place_goes_with_it_as_a_participles_subject() {
    assert_eq!(
        quotes("group_with_place_before_participle"),
        [pair("clear intent", "Democrats on the Harbour Council")]
    );
}

#[test]
fn a_verb_after_comma_but_shares_the_reporters_subject_not_the_reported_ones() {
    assert_eq!(
        quotes("but_verb_shares_reporters_subject"),
        [pair(
            "will not put a single extra officer on the beat",
            "Rhiannon Pask"
        )]
    );
}

#[test]
fn a_participle_after_and_takes_the_someone_its_clause_introduces() {
    assert_eq!(
        quotes("participle_after_and_one_introduced"),
        [pair("a step too far.", "one parishioner")]
    );
}

#[test]
fn a_name_after_is_with_an_aside_between_dashes_is_what_the_sentence_is_about() {
    assert_eq!(
        quotes("equated_name_before_dash_aside"),
        [pair(
            "I’ve missed three shifts this month because of strikes,",
            "Kerensa Pollard-Nwosu"
        )]
    );
}

#[test]
fn a_rail_company_is_no_she() {
    assert_eq!(
        quotes("rail_company_is_no_she"),
        [(
            "I’ve missed three shifts this month because of strikes,".to_string(),
            None
        )]
    );
}

#[test]
fn a_name_whose_appositive_closed_before_a_quote_is_no_subject_of_a_later_report() {
    assert_eq!(
        quotes("appositive_closed_before_a_quote"),
        [pair("articulate conservative", "the editorial board")]
    );
}

#[test]
fn a_chair_after_with_is_a_participles_subject() {
    assert_eq!(
        quotes("with_its_chair_promising"),
        [pair("follow the evidence into the boardroom", "its chair")]
    );
}

#[test]
fn capitalised_words_before_a_title_and_its_name_are_no_person() {
    assert_eq!(
        quotes("capitalised_modifier_of_a_title"),
        [pair("a wall of paperwork", "Omar Delacroix")]
    );
}

#[test]
fn in_someones_words_those_words_are_theirs() {
    assert_eq!(
        quotes("in_their_words"),
        [pair("runs the show.", "her grandchildren")]
    );
}

#[test]
fn a_namesake_given_an_age_in_an_appositive_is_not_the_one_of_another_age() {
    assert_eq!(
        quotes("namesake_by_apposed_age"),
        [pair(
            "People told me I would lose,",
            "Ignacio Valcárcel-Ruiz"
        )]
    );
}

#[test]
fn a_namesake_named_only_as_no_relation_is_not_the_one_a_surname_means() {
    assert_eq!(
        quotes("namesake_named_as_no_relation"),
        [pair(
            "People came here to yell. He came here to talk,",
            "Graham Abernethy-Cole"
        )]
    );
}

#[test]
fn a_place_in_an_appositive_is_not_the_who_of_the_person_before_it() {
    assert_eq!(
        quotes("place_in_appositive_before_who"),
        [pair(
            "remarkable, given where it had been.",
            "Ezra Halberstam-Kohn"
        )]
    );
}

#[test]
fn a_participles_subject_is_not_one_inside_an_aside_between_dashes() {
    assert_eq!(
        quotes("participle_subject_past_dash_aside"),
        [
            pair("wasn’t a factor", "Ilona Farkasházy"),
            pair(
                "He is 24 years old. He can play 46 minutes.",
                "Ilona Farkasházy"
            ),
        ]
    );
}

#[test]
fn a_name_apposed_to_capitalised_title_words_after_a_possessive_speaks() {
    assert_eq!(
        quotes("title_after_possessive_before_apposed_name"),
        [pair(
            "a thorough review of anti-party activities",
            "Obiora Nwachukwu-Eze"
        )]
    );
}

#[test]
fn a_quoted_namesake_with_another_given_name_does_not_bar_the_speaker() {
    assert_eq!(
        quotes("quoted_namesake_with_other_given_name"),
        [
            pair("He was like the big cheese on the court,", "Bruner"),
            pair("wasn't brought up that way.", "Tomasz Wexley"),
            pair("the looming presence of Agnes Wexley,", "Tomasz Wexley"),
        ]
    );
}

#[test]
fn a_subject_of_an_as_clause_after_a_pronoun_subject_is_no_antecedent() {
    assert_eq!(
        quotes("as_clause_after_pronoun_subject"),
        [pair(
            "I was not going to stay quiet a second time,",
            "Delia Amankwah"
        )]
    );
}

#[test]
fn a_name_apposed_to_a_persons_noun_after_a_preposition_is_no_subject() {
    assert_eq!(
        quotes("name_apposed_to_object_after_preposition"),
        [pair(
            "I was not going to stay quiet a second time,",
            "Delia Amankwah"
        )]
    );
}

#[test]
fn a_possessor_after_the_pronoun_in_its_sentence_is_not_what_the_pronoun_takes_up() {
    assert_eq!(
        quotes("possessor_after_pronoun_in_its_sentence"),
        [pair(
            "We have to wake up the small towns,",
            "Idris Okonkwo-Hale"
        )]
    );
}

#[test]
fn a_that_before_a_noun_of_time_opens_no_clause_of_a_statement_noun() {
    assert_eq!(
        quotes("that_before_time_noun_opens_no_clause"),
        [pair("We invited a neighbour.", "Dolores Ilagan")]
    );
}

#[test]
fn a_subjects_passive_who_clause_is_part_of_its_description() {
    assert_eq!(
        quotes("passive_who_clause_subject"),
        [pair(
            "closer than their statements suggest.",
            "a senior Nordic diplomat who has been briefed on the discussions"
        )]
    );
}

#[test]
fn who_after_an_indefinite_appositive_is_the_person_it_describes() {
    assert_eq!(
        quotes("who_after_indefinite_appositive_event"),
        [pair(
            "This is what government neglect looks like.",
            "Ines Albuquerque"
        )]
    );
}

#[test]
fn quote_paragraphs_after_a_document_from_a_named_sender_are_the_senders() {
    assert_eq!(
        quotes("document_from_sender_before_quote_paragraphs"),
        [pair(
            "Today is the hardest day in our history. We are saying goodbye to 212 colleagues.\n\n“Everyone leaving will receive 16 weeks of pay.",
            "Odalys Ferreira-Quist"
        )]
    );
}

#[test]
fn a_gendered_description_after_an_adverb_opening_its_sentence_is_a_pronouns_antecedent() {
    assert_eq!(
        quotes("gendered_description_after_opening_adverb"),
        [pair("You are lying about the dead!", "the man")]
    );
}

#[test]
fn a_possessive_in_a_subjects_own_clause_gives_its_gender() {
    assert_eq!(
        quotes("possessive_gives_subject_gender"),
        [
            pair(
                "He made every singer sound better than she was,",
                "Laura Benedetti"
            ),
            pair(
                "A record company man came down in 1975 and offered him a tour,",
                "Oriane Tkachenko"
            ),
        ]
    );
}

#[test]
fn a_quote_predicated_of_a_possessed_statement_noun_after_the_verb_is_the_reporters() {
    assert_eq!(
        quotes("statement_noun_subject_of_reported_clause_after_verb")[0],
        pair(
            "unfortunate and untrue",
            "A spokesperson for the Harrowgate team"
        )
    );
}

#[test]
fn a_quote_in_the_own_clause_of_a_possessed_statement_noun_is_its_owners() {
    assert_eq!(
        quotes("statement_noun_subject_of_reported_clause_after_verb")[1],
        pair("a career obstructionist", "Mott")
    );
}

#[test]
fn an_adjective_ending_in_us_after_the_makes_the_next_verb_form_a_noun() {
    assert_eq!(
        quotes("adjective_in_us_before_noun_is_no_plural"),
        [pair("Will you knock him out?", "a reporter")]
    );
}

#[test]
fn a_report_in_a_clause_of_time_opening_the_sentence_yields_to_the_main_subject() {
    assert_eq!(
        quotes("time_clause_event_before_main_subject"),
        [pair(
            "No. Absolutely not. I pick the players who fit how we play.",
            "Ingrid Solvang"
        )]
    );
}

#[test]
fn two_short_sentences_in_quote_marks_are_kept_as_speech() {
    assert_eq!(
        common::each_quote("two_short_sentences_are_speech", |text, _, q| q
            .text(text)
            .to_string()),
        ["No. Absolutely not."]
    );
}

#[test]
fn a_gerund_after_a_nouns_of_is_no_reporting_verb() {
    assert_eq!(
        common::each_quote("gerund_after_noun_of_is_no_cue", |text, _, q| q
            .cue
            .map(|c| c.as_str(text).to_string())),
        [Some("said".to_string())]
    );
}

#[test]
fn a_persons_name_apposed_to_a_party_word_subject_is_a_participles_speaker() {
    assert_eq!(
        quotes("party_word_subject_with_apposed_name"),
        [pair("political theater", "Teodor Vashchenko")]
    );
}

#[test]
fn the_elder_with_an_honorific_is_the_namesake_whose_son_the_appositive_names() {
    assert_eq!(
        quotes("elder_honorific_namesake_by_appositive_kin"),
        [pair("I told him not to do it,", "Bogdan Kowalczyk")]
    );
}

#[test]
fn a_lone_word_that_opens_one_persons_full_name_and_ends_none_is_that_person() {
    assert_eq!(
        quotes("lone_first_word_of_one_full_name"),
        [
            pair("My client has nothing to hide,", "Rafizah Kassim"),
            pair(
                "For two years we raised questions about these approvals,",
                "Chong Wei Liang"
            ),
        ]
    );
}

#[test]
fn a_relatives_noun_gives_the_apposed_name_its_gender_past_of_so_many_years() {
    assert_eq!(
        quotes("relative_noun_of_years_gives_apposed_gender"),
        [pair("It was playing Monk,", "Marguerite Ostrowski")]
    );
}

#[test]
fn a_pronouns_reply_to_a_question_is_the_last_other_speaker_of_its_gender() {
    assert_eq!(
        quotes("reply_to_question_from_earlier_speaker").last(),
        Some(&pair("No. I trusted the doctor,", "Ilse Marchetti-Broe"))
    );
}

#[test]
fn a_bare_turn_speaking_to_someone_after_a_reply_is_the_one_replied_to() {
    assert_eq!(
        quotes("bare_turn_addressing_after_reply").last(),
        Some(&pair(
            "A brush at that speed puts you on the floor. You played the game, you know that.",
            "Dapo Aderinto"
        ))
    );
}

#[test]
fn malay_honorifics_are_titles_before_the_name() {
    assert_eq!(
        quotes("malay_honorific_title"),
        [pair(
            "The state government respects the process and will not interfere in any way,",
            "Hasnul Idris"
        )]
    );
}

#[test]
fn a_given_name_and_a_suffix_name_the_one_full_name_that_opens_and_ends_so() {
    assert_eq!(
        quotes("given_name_and_suffix"),
        [pair(
            "Papa always told us to do what is right even when nobody is watching,",
            "Rolando Dimaculangan Jr."
        )]
    );
}

#[test]
fn a_bodys_initials_given_in_brackets_speak_by_its_full_name() {
    assert_eq!(
        quotes("initials_spelt_out_before"),
        [pair(
            "a war on honest councillors",
            "Progressive Civic Movement"
        )]
    );
}

#[test]
fn a_surname_is_no_relative_the_text_introduces_only_after_it() {
    assert_eq!(
        quotes("surname_before_relative_introduced_later"),
        [pair(
            "He’s scared, and scared men do stupid things,",
            "Okonkwo-Barnes"
        )]
    );
}

#[test]
fn a_streets_name_is_no_person() {
    assert_eq!(
        quotes("street_name_is_no_person"),
        [pair(
            "They usually wait till you're dead,",
            "Cornelius Tremlow"
        )]
    );
}

#[test]
fn a_nickname_of_several_words_or_before_a_particle_stays_inside_the_name() {
    assert_eq!(
        quotes("nickname_inside_name"),
        [
            pair("I underestimated the tractors,", "Geertruida van Oostmeer"),
            pair(
                "He’s scared, and scared men do stupid things,",
                "Tyrese Okafor-Lindqvist"
            ),
        ]
    );
}

#[test]
fn a_second_who_clause_shares_a_descriptions_antecedent_without_a_comma() {
    assert_eq!(
        quotes("second_who_clause_after_description"),
        [pair(
            "a very bad player with a very good son.",
            "Moses Kalembe-Ssali"
        )]
    );
}

#[test]
fn a_name_apposed_to_a_capitalised_office_after_the_is_the_speaker() {
    assert_eq!(
        quotes("apposed_name_after_capitalised_office"),
        [pair("as long as it is priced fairly", "Obinna Azikiwe-Udo")]
    );
}

#[test]
fn a_description_in_a_phrase_after_but_is_no_subject_of_the_verb_after_it() {
    assert_eq!(
        quotes("subject_past_phrase_after_but"),
        [
            pair("late, but not too late", "Karthik Venkatraman-Iyer"),
            pair("a gamble", "Meera Tandon-Shah"),
        ]
    );
}

#[test]
fn a_name_in_an_agents_phrase_before_the_subject_is_no_speaker() {
    assert_eq!(
        quotes("agent_in_appositive_no_speaker"),
        [
            pair(
                "impossible to continue operations at a loss",
                "the management"
            ),
            // The signers are agents of "signed", not the subject.
            pair(
                "all affiliates should mobilise their members immediately",
                "The communique"
            ),
        ]
    );
}

#[test]
fn the_pronoun_of_an_asked_whether_phrase_picks_the_namesake_of_its_gender() {
    assert_eq!(
        quotes("namesake_by_asked_pronoun"),
        [
            pair("painful but necessary", "Sophie Harrowgate"),
            pair("messier than hoped", "Tom Harrowgate"),
            pair("Never say never.", "Sophie Harrowgate"),
        ]
    );
}

#[test]
fn a_named_speaker_with_an_appositive_after_the_quote_asks_the_person_named_after_the_verb() {
    assert_eq!(
        quotes("apposed_speaker_asks_named_addressee"),
        [pair("Would you drink this?", "Rosalind Ybarra-Quiñones")]
    );
}

#[test]
fn a_participles_subject_is_read_past_a_short_or_irregular_past_and_its_object() {
    assert_eq!(
        quotes("participle_subject_past_short_past"),
        [
            pair("pattern and practice", "Helena Dudkiewicz"),
            pair("systematic fraud", "Aldous Pembury"),
        ]
    );
}

#[test]
fn a_headlines_second_quote_repeated_below_takes_the_speaker_of_the_body() {
    let found = quotes("headline_second_quote_repeated_below");
    // Not the governor, whose words the headline quotes first.
    assert!(found.contains(&pair("empty promises", "Hyun-jae Pyo")));
    assert!(found.contains(&pair(
        "empty promises with a price tag attached.",
        "Hyun-jae Pyo"
    )));
}

#[test]
fn an_s_form_in_the_object_of_a_naming_verb_is_a_plural_noun_no_cue() {
    // "volunteers" is no verb of "the civilian".
    assert_eq!(
        quotes("plural_noun_object_of_naming_verb"),
        [pair("heroes in flip-flops", "Eduardo Zambrotta")]
    );
}

#[test]
fn a_pronoun_saying_the_answer_to_a_question_is_not_the_one_who_asked_it() {
    assert_eq!(
        quotes("said_after_question_is_the_other_party")
            .last()
            .cloned(),
        Some(pair("It is fragile,", "Graham Solimanov"))
    );
}

#[test]
fn a_lone_quotation_taken_up_as_the_words_in_the_next_paragraph_is_said_by_its_subject() {
    let text = fixture("lone_quote_taken_up_next_paragraph");
    let doc = whosaid::extract(&text);
    let q = &doc.quotes[0];
    assert_eq!(
        common::said(&text, &doc, q),
        pair(
            "Can you hear me? Knock three times if you can hear me!",
            "Rodel Cuyapo"
        )
    );
    assert_eq!(q.attribution, Attribution::NextParagraph);
}

#[test]
fn a_lone_quotation_is_said_by_the_person_the_next_paragraph_opens_with_after_that_was_how() {
    let text = fixture("lone_quote_then_that_was_how");
    let doc = whosaid::extract(&text);
    let q = &doc.quotes[0];
    assert_eq!(
        common::said(&text, &doc, q),
        pair(
            "The river came up the street like someone had opened a tap.",
            "Oriel Manasseh"
        )
    );
    assert_eq!(q.attribution, Attribution::NextParagraph);
}

#[test]
fn a_description_of_two_nouns_joined_by_and_gives_way_to_the_name_in_apposition() {
    assert_eq!(
        quotes("coordinated_description_apposed_name"),
        [
            pair(
                "We dried the gloves on the radiators for a month,",
                "Teodor Brkljačić"
            ),
            pair(
                "Every kid who came before the flood came back after it,",
                "Mirela Brkljačić"
            ),
        ]
    );
}

#[test]
fn a_description_after_by_heads_the_who_clause_whose_verb_gives_the_quote() {
    assert_eq!(
        quotes("agent_description_who_called"),
        [pair(
            "a quiet cruelty carried out one cheque at a time.",
            "a judge"
        )]
    );
}

#[test]
fn a_body_named_before_the_city_it_sits_in_is_the_speaker_not_the_city() {
    assert_eq!(
        quotes("body_in_its_city_said"),
        [pair("a serious impasse", "Foreign Ministry")]
    );
}

#[test]
fn a_bodys_name_runs_through_a_second_of_after_its_for_the() {
    assert_eq!(
        quotes("body_name_for_the_of_of")[0],
        pair(
            "extremely hard",
            "Commission for the Welfare of Prisoners of War"
        )
    );
}

#[test]
fn headquarters_is_a_bodys_word_before_its_for_the() {
    assert_eq!(
        quotes("body_name_for_the_of_of")[1],
        pair(
            "already under way.",
            "Coordination Headquarters for the Exchange of Detainees"
        )
    );
}

#[test]
fn a_bodys_noun_with_a_present_participle_phrase_is_the_whole_subject() {
    assert_eq!(
        quotes("body_with_participle_phrase"),
        [
            pair(
                "refused to move an inch",
                "The union representing the city's 600 bus drivers"
            ),
            pair("deeply regrettable", "The firm managing the depot"),
        ]
    );
}

#[test]
fn a_name_set_off_by_commas_after_a_clause_with_an_auxiliary_and_but_is_the_speaker() {
    assert_eq!(
        quotes("new_clause_apposed_name_after_auxiliary"),
        [pair(
            "work with whatever the county can afford.",
            "Rosalind Achterberg"
        )]
    );
}

#[test]
fn a_verb_after_and_shares_the_subject_of_its_subordinate_clause_not_the_main_one() {
    assert_eq!(
        quotes("subordinate_subject_coordinated_verb"),
        [pair(
            "You are closing our library to pay for a car park!",
            "a woman"
        )]
    );
}

#[test]
fn a_description_whose_participle_phrase_holds_a_sum_is_the_whole_subject() {
    assert_eq!(
        quotes("long_description_with_sum")[..1],
        [pair(
            "never taken a single dollar from anyone.",
            "A former port authority chief accused of taking $2.6 million in kickbacks on dredging contracts"
        )]
    );
}

#[test]
fn a_name_apposed_to_a_described_object_is_no_antecedent_for_a_later_pronoun() {
    assert_eq!(
        quotes("name_apposed_to_object_after_alongside"),
        [pair(
            "When I took office, the roads were falling apart,",
            "Desmond Achterling"
        )]
    );
}

#[test]
fn a_title_and_surname_mean_the_partner_of_a_coordinated_pair_not_a_son_named_later() {
    let found = quotes("title_surname_pair_before_later_namesake");
    assert_eq!(
        found[0],
        pair(
            "I stood by the door for an hour before I asked her,",
            "Walter Penhallow"
        )
    );
    assert_eq!(
        found[1],
        pair(
            "never letting the sun go down on a quarrel",
            "Walter Penhallow"
        )
    );
}

#[test]
fn a_surname_alone_means_the_namesake_the_headline_names_before_relatives_named_more_often() {
    assert_eq!(
        quotes("headlined_namesake_is_the_surname_alone"),
        [pair(
            "A lion is just a cat that has been told it matters,",
            "Ilario Vettoretti"
        )]
    );
}

#[test]
fn a_relative_named_again_in_full_is_still_no_namesake_the_surname_alone_means() {
    assert_eq!(
        quotes("relative_named_again_is_no_recent_namesake"),
        [pair(
            "They have survived two floods and a war. They can survive me,",
            "Ilario Vettoretti"
        )]
    );
}

#[test]
fn a_one_word_body_keeps_the_place_it_sits_in() {
    assert_eq!(
        quotes("one_word_body_keeps_its_place"),
        [pair("monitoring the situation", "Police in Karnavati")]
    );
}

#[test]
fn a_verb_after_and_past_a_quoted_fragment_shares_the_reporters_subject() {
    assert_eq!(
        quotes("coordinated_verb_after_fragment_shares_reporter")[1],
        pair(
            "bear with the government as the reforms settle.",
            "Ngozi Adebanjo"
        )
    );
}

#[test]
fn the_last_word_of_a_list_in_a_title_gives_way_to_the_name_apposed_to_it() {
    assert_eq!(
        quotes("title_with_a_list_then_name"),
        [pair(
            "a moment every girl with a ball should celebrate.",
            "Thandeka Mkhwebane"
        )]
    );
}

#[test]
fn a_quotation_after_a_colon_is_said_by_the_owner_of_the_words_that_open_the_clause() {
    assert_eq!(
        quotes("possessive_words_before_colon"),
        [pair(
            "Saturday's going to be loud. Bring earplugs.",
            "Chidinma Okereke"
        )]
    );
}

#[test]
fn an_asked_phrase_ends_past_the_relative_clause_on_its_last_noun() {
    assert_eq!(
        quotes("asked_about_with_relative_clause"),
        [pair(
            "She twisted the knee. We will know more tomorrow.",
            "Ilse Brandvold"
        )]
    );
}

#[test]
fn the_pronoun_answering_a_reporters_whether_question_is_not_the_reporter() {
    assert_eq!(
        quotes("answer_after_reporter_asked_whether"),
        [pair(
            "Not about rugby. He asked me if I wanted a lift home.",
            "Sione Vaipulu"
        )]
    );
}

#[test]
fn a_relative_clause_with_an_as_she_clause_stays_inside_the_subject() {
    assert_eq!(
        quotes("relative_clause_with_as_she_named_next"),
        [pair(
            "freezes",
            "A postwoman who was bitten by a dog as she delivered parcels in Trevellas"
        )]
    );
}

#[test]
fn a_description_opening_a_when_clause_past_its_participle_phrase_is_the_speaker() {
    assert_eq!(
        quotes("subordinate_description_with_participle_phrase"),
        [pair("Tell that to the families in Kelvinmuir!", "a woman")]
    );
}

#[test]
fn a_perfect_participle_takes_the_subject_of_the_verb_it_follows_not_a_nationality() {
    assert_eq!(
        quotes("perfect_participle_subject").last().cloned(),
        Some(pair(
            "I'm not going to relitigate every word of the last ten years,",
            "Callum Tierney"
        ))
    );
}

#[test]
fn a_relative_introduced_after_a_possessive_noun_is_not_who_the_title_and_surname_mean() {
    assert_eq!(
        quotes("relative_of_a_possessive_noun")[0],
        pair("I have nothing to hide,", "Cathal Brannigan")
    );
}

#[test]
fn a_title_and_given_name_mean_the_full_name_that_title_opened() {
    assert_eq!(
        quotes("titled_given_name_alone"),
        [pair(
            "This is a proud day for Malaysian science, but I want to be careful with expectations,",
            "Rahmat Iskandar"
        )]
    );
}

#[test]
fn a_report_in_the_main_clause_after_a_when_clause_is_not_inside_the_question() {
    assert_eq!(
        quotes("pronoun_after_when_reporter_asked_clause"),
        [pair(
            "Every doctor standing here has lost patients because there were no gloves,",
            "Tobias Wanjiru"
        )]
    );
}

#[test]
fn an_asked_phrase_ends_past_a_name_apposed_to_its_last_noun() {
    assert_eq!(
        quotes("asked_phrase_with_apposed_name"),
        [pair(
            "My door has been open every day. She has not walked through it.",
            "Toshiro Kanemaki"
        )]
    );
}

#[test]
fn a_quote_after_a_sentence_of_two_clauses_is_said_by_the_subject_of_the_last() {
    assert_eq!(
        quotes("last_clause_subject_before_quote"),
        [pair(
            "This is not a theatre, counsel. Please move on.",
            "Rosamund Peverell"
        )]
    );
}

#[test]
fn an_adverb_of_place_opening_a_sentence_is_no_name_for_a_pronoun_to_take() {
    assert_eq!(
        quotes("place_adverb_opening_is_no_name"),
        [pair(
            "We used to get paid in pies and a slab,",
            "Rosa Calleja"
        )]
    );
}

#[test]
fn a_stretch_of_time_opening_the_sentence_is_no_speaker() {
    assert_eq!(
        quotes("time_stretch_opening_phrase")[0],
        pair("Stop this confirmation!", "a protester")
    );
}

#[test]
fn midway_and_halfway_opening_a_sentence_are_no_names() {
    assert_eq!(
        quotes("time_stretch_opening_phrase")[1],
        pair("What about the water for our kids?", "a man near the front")
    );
}

#[test]
fn an_unnamed_relative_who_died_is_no_antecedent_for_the_pronoun_that_speaks() {
    assert_eq!(
        quotes("relative_who_died_is_no_antecedent"),
        [pair("Four years is a long time,", "Desmond Pratchek")]
    );
}

#[test]
fn an_article_a_party_and_a_title_describe_someone_and_name_no_one() {
    assert_eq!(
        quotes("article_party_title_is_a_description"),
        [
            pair("a scandal hiding in plain sight", "A Conservative MSP"),
            pair(
                "We were promised two ferries and we have a rusting hull,",
                "a Labour MSP"
            ),
        ]
    );
}

#[test]
fn a_verb_form_after_a_bodys_of_is_a_word_of_its_name() {
    assert_eq!(
        quotes("verb_form_in_a_body_name_after_of"),
        [pair(
            "administrative convenience",
            "Court of Appeals for the 4th District"
        )]
    );
}

#[test]
fn the_sentence_after_a_lone_quotation_may_name_whose_words_they_were() {
    assert_eq!(
        quotes("source_named_in_the_next_sentence"),
        [
            pair(
                "A town without its ferry is a town without a future.",
                "Bronagh Devlin"
            ),
            pair("We have bought time, not safety.", "Tadhg Ó Broin"),
        ]
    );
}

#[test]
fn a_group_and_its_place_before_an_appositive_are_the_speaker_whole() {
    assert_eq!(
        quotes("group_phrase_before_its_appositive"),
        [pair(
            "at least another month.",
            "Engineers at the Kessling Dock Company"
        )]
    );
}

#[test]
fn a_name_after_a_possessive_and_a_noun_for_a_person_opens_the_subject() {
    assert_eq!(
        quotes("possessive_person_noun_opens_subject"),
        [pair("The goalmouth is a swamp,", "Tadeusz Wróbel")]
    );
}

#[test]
fn an_age_after_a_lone_given_name_marks_a_person_a_pronoun_may_mean() {
    assert_eq!(
        quotes("age_marks_a_lone_given_name"),
        [pair("My aunt says it brings rain,", "Thirza")]
    );
}

#[test]
fn a_name_a_relative_clause_asks_to_be_identified_by_is_the_speaker() {
    assert_eq!(
        quotes("asked_to_be_identified_as"),
        [pair(
            "I come for the warmth and stay for the company,",
            "Tomasz"
        )]
    );
}

#[test]
fn a_description_headed_by_an_age_is_a_person_a_pronoun_may_mean() {
    assert_eq!(
        quotes("age_description_is_a_pronoun_antecedent"),
        [pair(
            "Everyone has a spare. The teachers just don't know,",
            "A 14-year-old at a school in Marlow Vale"
        )]
    );
}

#[test]
fn a_name_apposed_to_the_subject_before_a_present_tense_is_the_subject() {
    assert_eq!(
        quotes("apposed_name_before_present_tense"),
        [pair("The tomatoes are mine,", "Elowen")]
    );
}

#[test]
fn a_past_form_after_an_adverb_of_degree_is_an_adjective_not_a_report() {
    assert_eq!(
        quotes("past_form_after_degree_adverb"),
        [pair("a tax on the poor.", "Maeve Corrigan")]
    );
}

#[test]
fn a_quotation_after_a_colon_is_said_by_whom_the_opening_statement_noun_came_from() {
    assert_eq!(
        quotes("statement_noun_came_from_before_colon"),
        [
            pair(
                "Why should anyone believe this plan when the last three failed?",
                "a governor representing the patient forum"
            ),
            pair(
                "This is madness, and everyone in this room knows it.",
                "Ann Briggs"
            ),
        ]
    );
}

#[test]
fn a_word_modifying_a_title_keeps_the_office_after_its_for_in_the_name() {
    assert_eq!(
        quotes("title_modifier_before_office_for"),
        [pair("a drop in the ocean", "Wanjiru Kamau")]
    );
}

#[test]
fn a_plural_noun_for_people_is_a_group_that_describes() {
    assert_eq!(
        quotes("plural_people_nouns_speak"),
        [pair("textbook", "searchers")]
    );
}

#[test]
fn a_name_a_relative_clause_gives_as_its_own_is_the_speaker() {
    assert_eq!(
        quotes("gave_his_name_as"),
        [pair("at least four times", "Baraka")]
    );
}

#[test]
fn a_guild_is_a_body_whose_name_keeps_its_plural_possessive_and_its_of() {
    assert_eq!(
        quotes("guild_is_a_body_word"),
        [
            pair("long overdue,", "Session Players' Guild"),
            pair("a fair start.", "Recording Guild of America"),
        ]
    );
}

#[test]
fn a_bodys_name_apposed_to_a_noun_for_a_body_is_the_speaker() {
    assert_eq!(
        quotes("body_name_apposed_to_body_noun"),
        [pair(
            "an insult to the profession.",
            "Royal College of Nursing"
        )]
    );
}

#[test]
fn a_participle_after_a_clause_of_time_takes_that_clauses_named_subject() {
    assert_eq!(
        quotes("participle_after_subordinate_clause"),
        [pair("fair and lawful.", "High Court")]
    );
}

#[test]
fn a_description_opening_a_clause_after_but_and_an_aside_is_its_verbs_subject() {
    assert_eq!(
        quotes("description_opening_clause_after_but"),
        [pair(
            "a wish list dressed up as a plan.",
            "a Hungarian official"
        )]
    );
}

#[test]
fn an_agents_description_ends_before_the_day_and_the_charges_of() {
    assert_eq!(
        quotes("agent_phrase_ends_before_day_and_charge"),
        [pair("abandoning", "the chair of a Senate committee")]
    );
}

#[test]
fn the_words_of_a_title_after_its_and_yield_to_the_apposed_name() {
    assert_eq!(
        quotes("title_words_after_and"),
        [pair("a matter for the colleges.", "Hana Okonkwo")]
    );
}

#[test]
fn a_participles_subject_is_the_name_apposed_to_the_opening_description() {
    assert_eq!(
        quotes("participle_after_description_with_apposed_name"),
        [pair("a contest of old grudges.", "Marta Oyelaran")]
    );
}

#[test]
fn an_adverb_of_time_between_and_and_its_verb_keeps_the_cue() {
    assert_eq!(
        quotes("adverb_between_and_and_verb"),
        [pair("a lifeline, not a luxury.", "Tobias Lindqvist")]
    );
}

#[test]
fn said_she_tells_no_gender_when_a_relative_of_hers_stands_before_the_verb() {
    assert_eq!(
        quotes("relative_between_name_and_said_she"),
        [pair("We thought it was just her chest,", "Tevita Lolohea")]
    );
}

#[test]
fn a_gaelic_surname_keeps_its_article_and_mutated_word() {
    assert_eq!(
        quotes("gaelic_surname_with_mutation"),
        [pair("always worn a lifejacket.", "Calum Mac an t-Saoir")]
    );
}

#[test]
fn a_posts_or_a_lodges_number_is_part_of_the_bodys_name() {
    assert_eq!(
        quotes("lodge_and_post_numbers_in_body_names"),
        [pair("rain or shine.", "American Legion Post 12")]
    );
}

#[test]
fn a_forum_is_a_body_whose_name_keeps_its_plural_possessive_and_its_of() {
    assert_eq!(
        quotes("forum_is_a_body_word"),
        [pair("acted prudently.", "Mobile Operators' Forum of Kenya")]
    );
}

#[test]
fn a_collective_is_a_body_whose_name_keeps_its_plural_possessive() {
    assert_eq!(
        quotes("collective_is_a_body_word"),
        [pair(
            "a showcase for visitors rather than a home for artists.",
            "Harbour Artists' Collective"
        )]
    );
}

#[test]
fn a_capitalised_senior_before_a_title_opens_the_name_not_a_description() {
    assert_eq!(
        quotes("senior_rank_opens_a_title"),
        [pair("extraordinarily lucky", "Aroha Tipene")]
    );
}

#[test]
fn who_after_an_appositive_with_a_participle_phrase_means_the_person_named_before_it() {
    assert_eq!(
        quotes("relative_after_appositive_with_participle_phrase"),
        [pair("decades of unchecked corrosion.", "Tomasz Wierzba")]
    );
}

#[test]
fn a_participle_after_a_verbs_in_phrase_modifies_its_noun_and_reports_nothing() {
    assert_eq!(
        quotes("participle_after_in_phrase_is_no_cue"),
        [pair(
            "Every planned operation will go ahead as booked.",
            "Anouk Verhaegen"
        )]
    );
}

#[test]
fn an_infinitive_after_a_reports_time_at_takes_that_verbs_subject() {
    assert_eq!(
        quotes("purpose_infinitive_after_a_time_at"),
        [pair(
            "Who is going to pay for the new bridge?",
            "Tadeusz Ostrowski"
        )]
    );
}

#[test]
fn a_description_with_a_bodys_name_opening_the_sentence_before_is_whom_he_means() {
    assert_eq!(
        quotes("named_modifier_description_subject_for_pronoun"),
        [pair(
            "We never comment on players under contract elsewhere,",
            "A Valmorra spokesman"
        )]
    );
}

#[test]
fn a_person_whose_of_phrase_ends_in_a_name_or_description_opens_the_subject() {
    assert_eq!(
        quotes("person_noun_with_of_phrase_opens_the_subject"),
        [
            pair(
                "magnificent from the first hour.",
                "The brother of one of the climbers"
            ),
            pair(
                "like he was on fire",
                "A friend of murdered shopkeeper Idris Balogun"
            ),
        ]
    );
}

#[test]
fn a_bare_plural_for_people_after_a_subordinator_is_its_clauses_subject() {
    assert_eq!(
        quotes("bare_plural_subject_after_subordinator"),
        [pair("unable to agree on any of the counts.", "jurors")]
    );
}

#[test]
fn a_verb_reporting_words_of_its_own_after_a_closed_quote_is_not_its_cue() {
    assert_eq!(
        quotes("verb_with_its_own_report_after_closed_quote"),
        [pair(
            "The A614 is closed at Hulme Cross. Please avoid the area.",
            "Brackenford Fire Service"
        )]
    );
}

#[test]
fn a_name_apposed_to_an_office_speaks_in_a_statement() {
    assert_eq!(
        quotes("office_apposed_name_in_statement"),
        [pair(
            "Every tenant deserves a home that is warm and dry.",
            "Tadhg Ó Cearbhaill"
        )]
    );
}

#[test]
fn a_reply_after_a_reported_question_is_not_the_askers() {
    assert_eq!(
        quotes("reply_to_a_reported_question"),
        [
            pair(
                "Nobody will pay more than inflation this year,",
                "Hamid Qasemi"
            ),
            pair("I can, and I do,", "Hamid Qasemi"),
        ]
    );
}

#[test]
fn a_fragment_in_a_second_that_clause_after_a_comma_is_the_outer_reporters() {
    assert_eq!(
        quotes("fragment_in_second_that_clause"),
        [pair("no net extraction", "Ruiz")]
    );
}

#[test]
fn an_athletes_noun_before_a_name_is_a_title_not_part_of_the_name() {
    assert_eq!(
        quotes("athlete_noun_as_title"),
        [pair(
            "twice as fast as the old one.",
            "Tunrayo Okonjo-Bassey"
        )]
    );
}

#[test]
fn an_agents_description_ends_before_the_charges_of_and_gerund() {
    assert_eq!(
        quotes("agent_description_ends_before_charge_of_gerund"),
        [pair(
            "a private members' club.",
            "the chair of a parliamentary inquiry"
        )]
    );
}

#[test]
fn a_name_apposed_to_a_description_past_its_participle_phrase_is_the_subject() {
    assert_eq!(
        quotes("name_apposed_past_participle_phrase"),
        [pair(
            "lighter than I have in years.",
            "Mattias Lindqvist-Ortega"
        )]
    );
}

#[test]
fn a_possessive_before_a_superlatives_most_opens_the_description() {
    assert_eq!(
        quotes("possessive_before_superlative_description"),
        [pair(
            "a miracle that nobody died.",
            "the county's most senior fire officer"
        )]
    );
}

#[test]
fn according_to_a_record_after_the_words_backs_the_report_before_them() {
    assert_eq!(
        quotes("according_to_a_record_backs_the_report"),
        [pair(
            "a bridge to nowhere with a toll booth,",
            "Odalys Brenneman"
        )]
    );
}

#[test]
fn a_person_before_of_the_and_a_modified_name_is_the_speaker() {
    assert_eq!(
        quotes("person_of_the_modified_body"),
        [pair("a raid on the rainy-day fund", "Wendell Achterberg")]
    );
}

#[test]
fn a_retired_officers_mark_between_title_and_name_is_skipped() {
    assert_eq!(
        quotes("retired_mark_between_title_and_name"),
        [pair(
            "The fleet is older than the sailors who crew it,",
            "Okonkwo Hallberg-Dinh"
        )]
    );
}

#[test]
fn an_unknown_noun_that_who_takes_up_heads_the_opening_description_a_pronoun_means() {
    assert_eq!(
        quotes("unknown_noun_with_who_opens_subject"),
        [pair(
            "We had three spreadsheets for one armoury, and none of them agreed,",
            "A former quartermaster-sergeant"
        )]
    );
}

#[test]
fn works_ends_a_company_name_its_first_word_may_stand_for() {
    assert_eq!(
        quotes("works_ends_a_company_name"),
        [pair(
            "every test we know how to run.",
            "Halvorsen Iron Works"
        )]
    );
}

#[test]
fn a_person_whose_participle_phrase_ends_in_a_name_opens_the_subject() {
    assert_eq!(
        quotes("person_with_participle_phrase_opens_subject"),
        [pair(
            "no reason to doubt",
            "A gallery owner accused of selling forged prints attributed to the sculptor Anneliese Brückner"
        )]
    );
}

#[test]
fn a_capitalised_number_word_after_a_word_of_a_name_ends_the_name() {
    assert_eq!(
        quotes("number_word_ends_a_name"),
        [pair("fell well short of our standards", "Meridian Two")]
    );
}

#[test]
fn a_possessive_owner_opening_a_report_is_read_without_panicking() {
    // The owner's name ends inside its token ("Brackwell" of
    // "Brackwell’s"): reading the names joined to it once indexed before
    // the first token.
    assert_eq!(
        quotes("possessive_owner_before_report"),
        [pair("happy to meet any tenant", "Brackwell")]
    );
}

#[test]
fn a_text_opening_with_close_to_is_read_without_panicking() {
    // "close to" as the first words once put the head of "a source close
    // to …" before the text's first token.
    assert_eq!(
        quotes("text_opening_with_close_to"),
        [pair("rising by the hour", "crews")]
    );
}

#[test]
fn an_unnamed_subject_yields_to_a_person_of_the_pronouns_gender_named_before_in_its_paragraph() {
    assert_eq!(
        quotes("unnamed_yields_to_named_before_in_paragraph"),
        [pair(
            "When I looked at the numbers, she was running a charity,",
            "Bao Kieu"
        )]
    );
}

#[test]
fn an_unnamed_accuser_yields_to_the_named_person_accused_for_her_pronoun() {
    assert_eq!(
        quotes("unnamed_accuser_yields_to_the_accused"),
        [
            pair("cooking the books", "a member of council"),
            pair(
                "I have served four mayors and never once been called a liar in public,",
                "Priya Ramaswamy"
            ),
        ]
    );
}

#[test]
fn a_description_ending_in_initials_at_a_cut_texts_start_is_read_without_panicking() {
    // The body's name read leftwards from "DMA," started inside the
    // description: the words between them were sliced backwards.
    assert_eq!(
        quotes("description_with_body_name_opening_a_cut_text"),
        [pair(
            "that the rules finally have teeth.",
            "a Danish member of the Nordic Parliament who helped draft the DMA"
        )]
    );
}

#[test]
fn a_definite_description_opening_the_text_is_the_subject_its_pronoun_takes_up() {
    // Not the owner named inside its own phrase, before its verb.
    assert_eq!(
        quotes("lede_definite_description_is_the_pronouns_subject"),
        [pair("trial by social media.", "The judge")]
    );
}

#[test]
fn a_titled_surname_a_pronoun_takes_up_is_the_namesake_given_that_title() {
    assert_eq!(
        quotes("titled_namesake_is_the_pronouns_subject"),
        [
            pair(
                "They took forty trees and gave me a receipt,",
                "Bojan Pavlovic"
            ),
            pair("Safer for us, yes,", "Dragana Pavlovic"),
        ]
    );
}

#[test]
fn an_unnamed_questioner_whose_quoted_question_ends_a_paragraph_does_not_answer_it() {
    assert_eq!(
        quotes("reporters_quoted_question_is_not_answered_by_the_reporter"),
        [
            pair("What happens on day 91, governor?", "the reporter"),
            pair(
                "Day 91 is when Washington finally does its job,",
                "Alma Restrepo"
            ),
        ]
    );
}

#[test]
fn capitalised_words_after_an_article_in_an_appositive_name_no_one() {
    assert_eq!(
        quotes("capitalised_words_after_an_article_name_no_one"),
        [pair(
            "I would prefer that ministers settle their differences in the cabinet room,",
            "Eero Haapakoski"
        )]
    );
}

#[test]
fn a_plural_possessive_body_opens_a_description_with_its_article() {
    assert_eq!(
        quotes("plural_possessive_opens_an_inverted_description"),
        [
            pair(
                "This was not a vote of confidence, it was a vote of convenience,",
                "Markus Brunnhuber"
            ),
            pair("within weeks", "The Greens’ spokeswoman"),
        ]
    );
}

#[test]
fn a_reply_to_a_quoted_question_is_not_the_askers_who_is_named_after_its_cue() {
    assert_eq!(
        quotes("hearing_reply_goes_to_the_one_the_question_addresses"),
        [
            pair(
                "Mr Ozoliņš, did you or did you not sit on the board of Baltic Rail Freight while that contract was signed?",
                "Noor Belloumi"
            ),
            pair(
                "I sat on the advisory board, which is not the same thing,",
                "Valdis Ozoliņš"
            ),
            pair("Is that a yes?", "Noor Belloumi"),
        ]
    );
}

#[test]
fn a_reply_goes_to_the_one_a_question_opens_by_addressing_not_another_it_names() {
    assert_eq!(
        quotes("reply_goes_to_the_one_a_question_opens_by_addressing")[1],
        pair("Never, not once,", "Valdis Ozoliņš")
    );
}

#[test]
fn an_honorific_inside_a_quotation_gives_the_gender_of_the_one_it_addresses() {
    // "Mr Wróblewski" makes the lawyer a man, so "she" is the judge.
    assert_eq!(
        quotes("honorific_inside_a_quote_gives_the_gender")[3],
        pair("The court will take that as a no,", "Helena Marková")
    );
}

#[test]
fn a_bodys_name_of_any_words_apposed_to_a_noun_for_a_body_is_the_speaker() {
    assert_eq!(
        quotes("body_name_apposed_to_a_body_noun_speaks"),
        [
            pair(
                "condemns in the strongest terms",
                "Community of Sahel and Coastal States"
            ),
            pair("kidnapped", "Movement for Unity and Renewal"),
        ]
    );
}

#[test]
fn a_titles_modifier_heads_no_description_a_pronoun_takes_up() {
    // "A former" is no one; "A former colleague …" spoke before.
    assert_eq!(
        quotes("title_modifier_heads_no_description")[1],
        pair(
            "She would send emails at 3 a.m. and expect answers by six,",
            "A former colleague at the finance ministry"
        )
    );
}

#[test]
fn a_name_after_a_place_compound_and_a_noun_for_a_body_is_a_body_no_pronoun_takes_up() {
    assert_eq!(
        quotes("body_after_place_compound_is_no_person"),
        [
            pair(
                "Publish every government contract online,",
                "Adaeze Okonkwo-Bello"
            ),
            // The company's name stays whole for its first word.
            pair("grateful to the families", "Corrodane Bio"),
        ]
    );
}

#[test]
fn a_surname_after_an_article_inside_a_quote_names_a_family_not_its_speaker() {
    assert_eq!(
        quotes("surname_after_an_article_in_a_quote_names_a_family")[1],
        pair(
            "Some people have asked me if I am an Achola who will favour one side,",
            "Grace Achola"
        )
    );
}

#[test]
fn a_prepositions_object_ending_a_long_relative_clause_is_not_the_subject() {
    assert_eq!(
        quotes("long_relative_clause_keeps_its_subject")[0],
        pair("chaotic and frightening.", "An aid worker")
    );
}

#[test]
fn a_relative_clause_after_an_aside_between_dashes_is_said_by_the_name_before_it() {
    assert_eq!(
        quotes("relative_clause_after_a_dash_aside"),
        [pair("chosen its side.", "Karim Bouzidi")]
    );
}

#[test]
fn a_description_calling_itself_a_name_speaks_by_that_name_and_calling_is_no_cue() {
    assert_eq!(
        quotes("description_calling_itself_a_name")[0],
        pair(
            "selling the nation’s blood to foreign companies.",
            "Ahrar al-Janub"
        )
    );
}

#[test]
fn a_bodys_name_runs_over_a_verbs_form_among_the_capitalised_words_after_its_of() {
    assert_eq!(
        quotes("body_name_runs_past_a_verb_form_after_of"),
        [pair(
            "We reject all foreign interference in Kessar’s internal affairs,",
            "Council of Mediterranean States"
        )]
    );
}

#[test]
fn a_that_clause_with_its_own_verb_after_a_bodys_name_leaves_the_body_the_subject() {
    assert_eq!(
        quotes("relative_that_clause_after_a_bodys_name")[0],
        pair(
            "a political decision made to satisfy a mob",
            "Fraternal Order of Police"
        )
    );
}

#[test]
fn a_description_with_on_and_a_bare_noun_opens_the_subject_up_to_its_verb() {
    assert_eq!(
        quotes("description_on_a_bare_noun_opens_the_subject"),
        [pair(
            "completely overwhelmed",
            "A custody sergeant on duty the night a 34-year-old man died in a police cell in Wellbridge"
        )]
    );
}

#[test]
fn the_with_an_age_before_a_surname_names_a_person_not_a_body() {
    assert_eq!(
        quotes("the_age_and_a_surname_is_a_person")[2],
        pair(
            "I will be on the factory floors of our suppliers more than in my own office,",
            "Lucien Ferrucci"
        )
    );
}

#[test]
fn a_name_modifying_a_noun_after_this_or_a_is_no_participles_subject() {
    assert_eq!(
        quotes("name_modifying_a_noun_after_this_is_no_subject"),
        [pair(
            "a catastrophic failure of judgment.",
            "The police chief"
        )]
    );
}

#[test]
fn a_company_mentioned_without_its_legal_form_is_named_as_the_mention_gives_it() {
    assert_eq!(
        quotes("company_mention_without_its_legal_form"),
        [pair("continues to deny the charges", "Trans-Lowland Rail")]
    );
}

#[test]
fn a_body_that_issues_a_statement_says_what_the_participle_after_it_reports() {
    assert_eq!(
        quotes("body_noun_issues_the_statement_a_participle_reports"),
        [pair("a first step, and a small one.", "his ministry")]
    );
}

#[test]
fn a_verb_coordinated_in_a_when_clause_shares_its_subject_past_an_appositive_and_an_object() {
    assert_eq!(
        quotes("coordinated_verb_in_a_when_clause_with_an_appositive"),
        [pair(
            "the best thing I have eaten in this city in a decade.",
            "Oskar Mäkelä"
        )]
    );
}

#[test]
fn a_title_of_a_body_opening_the_text_is_the_participles_subject_with_its_body() {
    assert_eq!(
        quotes("lede_title_of_a_body_named_by_next_paragraph"),
        [pair(
            "leaner, not weaker.",
            "The director of the National Disease Control Agency"
        )]
    );
}

#[test]
fn a_person_named_in_the_subjects_relative_clause_does_not_outrank_the_subject_for_he() {
    assert_eq!(
        quotes("person_in_subjects_relative_clause_is_no_antecedent"),
        [pair(
            "growing faster than they were earning.",
            "Arben Kryeziu"
        )]
    );
}

#[test]
fn the_elder_namesake_a_pronoun_takes_up_as_a_subject_is_the_elder() {
    assert_eq!(
        quotes("elder_namesake_subject_is_the_pronouns")[2],
        pair("Next year,", "Bernard Castellucci")
    );
}

#[test]
fn a_pronoun_inside_an_aside_between_dashes_is_the_name_opening_the_sentence_before_it() {
    assert_eq!(
        quotes("pronoun_inside_a_dash_aside_is_the_name_before_it"),
        [pair(
            "everyone in this valley is somebody’s cousin",
            "Ryan Huddlestone"
        )]
    );
}

#[test]
fn a_report_other_than_said_closing_the_sentence_gives_its_fragment_to_its_subject() {
    // Not "The government", whose "response" the fragment describes.
    assert_eq!(
        quotes("closing_report_other_than_said_gives_the_fragment"),
        [pair(
            "too slow, too confident and too centralised,",
            "Pandemic Inquiry"
        )]
    );
}

#[test]
fn a_gerund_after_a_modified_noun_and_of_is_no_report_whose_subject_a_pronoun_takes_up() {
    // "a 40-year history of welcoming newcomers" reports nothing: the
    // "he" is the mayor who noted it, not the town.
    assert_eq!(
        quotes("gerund_after_a_modified_noun_is_no_cue"),
        [pair(
            "Right now, we take in about 400 families a year,",
            "Dale Okafor"
        )]
    );
}

#[test]
fn a_press_release_saying_something_says_what_its_sender_wrote() {
    // Not "a press release": the campaign that sent it out.
    assert_eq!(
        quotes("press_release_saying_is_its_senders"),
        [pair(
            "a straight answer on the levee money.",
            "Halvorsen’s campaign"
        )]
    );
}

#[test]
fn two_plural_nouns_joined_after_with_are_the_subject_of_the_participle() {
    // "with many nurses and doctors chanting": not the courthouse's street.
    assert_eq!(
        quotes("with_two_joined_plurals_chanting"),
        [pair("Fund our wards", "many nurses and doctors")]
    );
}

#[test]
fn a_sporting_position_between_a_country_and_a_name_is_a_title() {
    // "Former Zambia leg-spinner Chanda Mwelwa": the "he" is the bowler,
    // not a person called "Zambia".
    assert_eq!(
        quotes("sport_position_before_a_name_is_a_title"),
        [pair(
            "They have picked a side for the pitch and forgotten the opposition,",
            "Chanda Mwelwa"
        )]
    );
}

#[test]
fn the_article_in_a_question_calls_no_description_by_name() {
    // "the" of "Will you still play the Harbour Classic" is not the first
    // word of "the Brazilian teenager": the one asked replies.
    assert_eq!(
        quotes("question_with_the_calls_no_description")[1],
        pair(
            "I hope so. Let’s see how the body is tomorrow,",
            "Tove Lindqvist"
        )
    );
}

#[test]
fn a_description_after_an_introduction_runs_past_a_plural_possessive_to_its_verb() {
    // "At Kilbride General Hospital, a staff nurse with 12 years’
    // experience said": the quote had no speaker.
    assert_eq!(
        quotes("description_past_an_introduction_with_a_plural_possessive"),
        [pair(
            "14 patients on my own",
            "a staff nurse with 12 years’ experience"
        )]
    );
}

#[test]
fn a_description_opened_by_another_is_the_antecedent_of_the_pronoun_after_it() {
    assert_eq!(
        quotes("another_description_is_a_pronouns_antecedent"),
        [pair("I just want my groceries,", "Another shopper")]
    );
}

#[test]
fn a_person_the_text_says_died_is_not_the_antecedent_of_a_pronoun_that_speaks() {
    // "Her sister, Ayesha Begum, was among those who died. “…,” she said":
    // the survivor named before speaks.
    assert_eq!(
        quotes("the_dead_are_no_pronouns_antecedent"),
        [pair("Everyone was screaming and pushing,", "Rokeya Begum")]
    );
}

#[test]
fn a_trade_heads_a_description_a_pronoun_takes_up() {
    // "A welder employed by a subcontractor said he …": the "he" after is
    // the welder, not the analyst quoted before.
    assert_eq!(
        quotes("a_trade_heads_a_description")[1],
        pair(
            "I have been welding for 15 years,",
            "A welder employed by a subcontractor"
        )
    );
}

#[test]
fn one_and_a_noun_after_an_opening_phrase_is_a_subject_a_pronoun_takes_up() {
    assert_eq!(
        quotes("one_after_an_opening_phrase_is_a_subject"),
        [pair(
            "You can replace a couch. You can’t replace these,",
            "one resident"
        )]
    );
}

#[test]
fn a_monitor_is_a_person_a_pronoun_takes_up() {
    assert_eq!(
        quotes("one_monitor_is_a_person"),
        [pair(
            "Two of our vehicles have been hit by shrapnel this month,",
            "One monitor"
        )]
    );
}

#[test]
fn trustee_before_a_name_is_a_title_not_part_of_the_name() {
    assert_eq!(
        quotes("trustee_is_a_title"),
        [pair(
            "This is the hardest vote I have taken in twelve years on this board,",
            "Marisol Ekwueme"
        )]
    );
}

#[test]
fn a_lone_surname_before_a_present_verb_in_the_pronouns_paragraph_is_its_antecedent() {
    // "Adeyemi seems to agree. “…,” he said": not the analyst quoted in the
    // paragraph before.
    assert_eq!(
        quotes("lone_surname_before_a_present_verb")[1],
        pair(
            "We do not yet know exactly what is going to work best,",
            "Adeyemi"
        )
    );
}

#[test]
fn one_elected_mayor_past_a_long_aside_is_the_new_mayor() {
    // "…, a former teacher who ran the drama club …, was elected mayor":
    // "the new mayor" and her "she" are that councillor.
    assert_eq!(
        quotes("elected_mayor_gives_the_new_mayor"),
        [pair(
            "Graham has been saying that about me for 20 years,",
            "Morwenna Trelawny-Osei"
        )]
    );
}

#[test]
fn a_name_apposed_to_the_opening_description_is_the_subject_past_an_age_and_an_adverb() {
    // "The fourth candidate, software entrepreneur Chloe Tanaka-Brandt, 31,
    // largely stayed …. She called": not the candidate who spoke before.
    assert_eq!(
        quotes("apposed_subject_past_an_age_and_an_adverb")[1],
        pair(
            "a reunion of everybody who has run this city for the last decade",
            "Chloe Tanaka-Brandt"
        )
    );
}

#[test]
fn one_and_a_capitalised_modifier_open_a_description_a_pronoun_takes_up() {
    assert_eq!(
        quotes("one_and_a_capitalised_modifier_is_a_description")[1],
        pair(
            "They had the votes before anybody walked in the door,",
            "One Millbrook resident"
        )
    );
}

#[test]
fn the_first_of_two_companies_named_together_speaks_alone() {
    assert_eq!(
        quotes("first_of_two_joined_companies_is_itself"),
        [pair(
            "We are asking for predictability, not privileges,",
            "Karsten Halbleiter"
        )]
    );
}

#[test]
fn they_stands_for_a_body_opening_the_sentence_before_when_no_group_fits() {
    assert_eq!(
        quotes("they_for_a_body_opening_the_sentence_before"),
        [pair(
            "The situation in the district is no less than a lockout,",
            "The union"
        )]
    );
}

#[test]
fn a_plural_possessor_is_not_the_group_they_stands_for() {
    // "The growers’ association": not "The growers".
    assert_eq!(
        quotes("plural_possessor_is_no_subject"),
        [pair(
            "The situation in the taluk is no less than a drought,",
            "The growers’ association"
        )]
    );
}

#[test]
fn an_older_given_name_tells_the_gender_a_pronoun_needs() {
    // "Verna" is a woman's name: "she" is the resident, not "Memorial".
    assert_eq!(
        quotes("given_names_of_many_cultures_tell_gender"),
        [pair(
            "If this had happened next week, he would be dead,",
            "Verna Haldane-Oyelowo"
        )]
    );
}

#[test]
fn a_person_apposed_to_a_description_with_a_phrase_of_place_is_the_speaker() {
    // "The paper’s corresponding author, Prof. Han Ji-yeon of the
    // university’s department of materials science, said".
    assert_eq!(
        quotes("statement_of_a_described_sender_is_the_persons")[0],
        pair("accepts responsibility as the senior author", "Han Ji-yeon")
    );
}

#[test]
fn a_verbs_object_ending_the_subjects_relative_clause_is_not_the_subject() {
    // "… who was not authorized to discuss the matter said": not "the
    // matter".
    assert_eq!(
        quotes("verb_object_in_the_subjects_relative_clause"),
        [pair("stunned", "A Halvard executive")]
    );
}

#[test]
fn one_with_an_appositive_speaks_by_the_appositives_description() {
    assert_eq!(
        quotes("one_and_its_appositive"),
        [pair(
            "like a freight train that never ends.",
            "a retired teacher who lives on Cedar Street"
        )]
    );
}

#[test]
fn solidarity_is_a_word_of_a_bodys_name() {
    // "The Namhae Citizens’ Solidarity for Fair Elections" whole, past its
    // plural possessive and its "for".
    assert_eq!(
        quotes("solidarity_names_a_body"),
        [pair(
            "how little has changed in local politics.",
            "Namhae Citizens’ Solidarity for Fair Elections"
        )]
    );
}

#[test]
fn a_first_surname_after_two_given_names_names_the_person_in_full() {
    // "Ferrer told" after "Gustavo Adolfo Ferrer Cardona".
    assert_eq!(
        quotes("first_surname_after_two_given_names"),
        [pair(
            "We have won, and we will defend that win with patience,",
            "Gustavo Adolfo Ferrer Cardona"
        )]
    );
}

#[test]
fn a_first_surname_after_an_accented_given_name_names_the_person_in_full() {
    // "Arteaga said" after "Joaquín Arteaga Villalba": "Joaquín" is the
    // list's "joaquin".
    assert_eq!(
        quotes("accented_given_name_opens_two_surnames"),
        [pair(
            "Running a city of two million people is not a television programme,",
            "Joaquín Arteaga Villalba"
        )]
    );
}

#[test]
fn an_inmate_is_a_person_a_pronoun_takes_up() {
    assert_eq!(
        quotes("one_former_inmate_is_a_person")[1],
        pair(
            "There was one toilet for 60 men, and it did not flush,",
            "One former inmate"
        )
    );
}

#[test]
fn a_body_in_the_of_phrase_after_a_titled_name_is_not_the_subject() {
    // "Shipping analyst Solveig Brekke-Aasen, of Bergen-based Fjordline
    // Research, said": the analyst, and her "she".
    assert_eq!(
        quotes("body_in_the_names_of_phrase_is_no_subject"),
        [pair(
            "The canal carries around 12 percent of global trade,",
            "Solveig Brekke-Aasen"
        )]
    );
}

#[test]
fn an_ing_form_after_a_word_of_quantity_is_a_noun_not_a_report() {
    // "gives pilots little warning": no report whose subject "he" takes
    // up; the pilot the sentence is sourced to speaks.
    assert_eq!(
        quotes("little_warning_is_a_noun"),
        [pair(
            "There is no cloud, nothing on the radar,",
            "Farid Rahmat"
        )]
    );
}

#[test]
fn a_titled_description_that_reported_outranks_a_name_in_the_words_it_reported() {
    // "the president said the decree would allow … in Guayas, Los Ríos and
    // Manabí. “…,” he said": not "Los Ríos".
    assert_eq!(
        quotes("titled_description_outranks_a_place_in_its_report")[1],
        pair(
            "We are not going to negotiate with the people who kill candidates,",
            "Mauricio Ortega Salvatierra"
        )
    );
}

#[test]
fn the_last_item_of_an_office_list_is_no_part_of_the_name_after_it() {
    // "Minister for Enterprise, Trade and Employment Ruairc Ó Dálaigh told":
    // the office's list joined by "and" ends before the name, and its "he"
    // takes up the minister, not "Employment".
    assert_eq!(
        quotes("office_list_before_a_name"),
        [
            pair("balanced and overdue", "Ruairc Ó Dálaigh"),
            pair(
                "We want the investment, but not blackouts in Athlone,",
                "Ruairc Ó Dálaigh"
            )
        ]
    );
}

#[test]
fn lower_case_titles_joined_by_and_before_an_initial_are_no_part_of_the_name() {
    // "managing director and chief executive officer K. Subramaniam Pillai
    // said": the "and" of two titles is no office's list ending in a name.
    assert_eq!(
        quotes("lower_case_titles_joined_before_an_initial"),
        [pair(
            "The clean-up is now largely behind us,",
            "K. Subramaniam Pillai"
        )]
    );
}

#[test]
fn a_weekday_between_a_title_and_a_surname_is_a_given_name() {
    // "said Chief Sunday Adewale-Bakare": not "Chief" alone.
    assert_eq!(
        quotes("weekday_as_a_given_name_after_a_title"),
        [pair(
            "Our families were fishing here before there was a state,",
            "Sunday Adewale-Bakare"
        )]
    );
}

#[test]
fn portuguese_do_joins_the_words_of_a_place_and_of_a_name() {
    // "Mayor Osvaldo Teixeira Lima of Nova Esperança do Sul told": not
    // "Sul"; "said Maria do Socorro Nunes": not "Maria".
    assert_eq!(
        quotes("portuguese_do_inside_names"),
        [
            pair(
                "Fifty centavos does not buy a banana,",
                "Osvaldo Teixeira Lima"
            ),
            pair("We are running out of money,", "Maria do Socorro Nunes")
        ]
    );
}

#[test]
fn a_person_of_the_charity_speaks_whatever_words_the_charitys_name_has() {
    // "Rania Haddad-Lemaire of the Beirut-based charity Hope Now Lebanon
    // put it": not "Lebanon", the last word of the charity's name.
    assert_eq!(
        quotes("person_of_the_charity_with_a_loose_name"),
        [pair(
            "Cuts like these push children into work.",
            "Rania Haddad-Lemaire"
        )]
    );
}

#[test]
fn to_and_a_capitalised_verb_stay_in_a_name_a_bodys_word_ends() {
    // "The Liberty to Learn Coalition, a statewide advocacy group, said":
    // not "Liberty".
    assert_eq!(
        quotes("to_inside_a_bodys_name"),
        [pair(
            "built to remove books, not to read them.",
            "Liberty to Learn Coalition"
        )]
    );
}

#[test]
fn a_noun_no_list_knows_with_a_persons_ending_opens_a_speaking_description() {
    // "One hawker at a public market …, said he …. “…,” he said": the
    // "he" is the hawker, not the senator named before.
    assert_eq!(
        quotes("unknown_agent_noun_opens_a_speaking_description")[1],
        pair(
            "If the inspectors come, I will just close for the day,",
            "One hawker"
        )
    );
}

#[test]
fn a_reply_given_with_a_colon_is_a_turn_of_the_exchange() {
    // "“How many …?”" then "Abernathy-Cole replied: “…”" then bare turns:
    // they alternate, the asker first.
    let got = quotes("exchange_after_a_reply_with_a_colon");
    assert_eq!(
        got[4..],
        [
            pair("That's not what I asked.", "Harlan Voigt"),
            pair(
                "We have found fatigue to be a factor in several of them.",
                "Abernathy-Cole"
            ),
            pair("So you need more inspectors.", "Harlan Voigt")
        ]
    );
}

#[test]
fn who_after_a_party_appositive_is_the_person_it_describes() {
    // "Sen. Rosalind Treviño, a Democrat from Laredo, who read aloud": the
    // reader is the senator, so the "he" of the answer is the witness, not
    // "Democrat".
    assert_eq!(
        quotes("who_after_a_party_appositive")[2],
        pair(
            "The release was approved by our operations team,",
            "Emeka Adebayo-Finch"
        )
    );
}

#[test]
fn a_name_apposed_to_an_owned_office_before_a_participle_is_the_subject() {
    // "His Chief Press Secretary, Emeka Obi-Lawson, speaking by telephone,
    // went further. “…,” he said": not "Secretary".
    assert_eq!(
        quotes("owned_office_apposed_before_a_participle"),
        [pair(
            "The Deputy Governor has never handled a kobo of road funds,",
            "Emeka Obi-Lawson"
        )]
    );
}

#[test]
fn a_verb_form_is_a_surname_after_an_honorific_and_before_a_verb() {
    // "Ward MCA Daniel Kiprotich Sang rose …" and "“…,” Mr Sang said": "Sang"
    // is a verb's form elsewhere, a surname here; "MCA" is a title.
    let got = quotes("verb_form_surname_after_a_given_name_and_an_honorific");
    assert_eq!(
        [got[0].clone(), got[2].clone()],
        [
            pair(
                "Madam Executive, you told this House the same thing in March,",
                "Daniel Kiprotich Sang"
            ),
            pair("Let the record show the date,", "Daniel Kiprotich Sang")
        ]
    );
}

#[test]
fn a_dateline_with_a_date_and_a_wire_in_brackets_is_no_subject() {
    // "TASHKENT, 12 March (Silk Road Wire) - Uzbekistan's central bank held
    // …, saying": the bank speaks, not "TASHKENT".
    assert_eq!(
        quotes("dateline_with_a_date_and_a_wire"),
        [pair("elevated", "Uzbekistan's central bank")]
    );
}

#[test]
fn a_day_before_the_clauses_verb_ends_the_subject() {
    // "Zambia's main opposition party on Tuesday rejected provisional
    // results …, saying": the party, not the whole clause up to the comma.
    assert_eq!(
        quotes("day_before_the_clause_verb_ends_the_subject"),
        [pair(
            "altered after the fact",
            "Zambia's main opposition party"
        )]
    );
}

#[test]
fn a_report_opened_by_a_bare_noun_after_a_closed_quote_is_no_cue_of_it() {
    // "“We are patient. …” The wife of an inmate … said family visits had
    // been cancelled": the quote goes on the guard's, not the wife's.
    assert_eq!(
        quotes("closed_quote_before_a_report_opened_by_a_bare_noun")[1],
        pair("We are patient. We are not punching bags.", "One guard")
    );
}

#[test]
fn a_base_form_after_an_owned_noun_phrase_is_a_noun_not_a_cue() {
    // "the company cut its full-year sales forecast, saying": "forecast" is
    // the object's noun, so the company speaks, not "its full-year sales".
    assert_eq!(
        quotes("base_form_after_an_owned_noun_phrase_is_a_noun"),
        [pair("flat to slightly down.", "Harlan Implement Co.")]
    );
}

#[test]
fn a_title_noun_that_is_also_a_verb_form_describes_the_name_after_it() {
    // "Longtime volunteer Rosetta Ekwueme, 79, wiped her eyes. “…,” she
    // said": "volunteer" reads as a verb too, but opens the subject here.
    assert_eq!(
        quotes("title_noun_that_is_a_verb_form_before_a_name"),
        [pair("She came to my husband's funeral,", "Rosetta Ekwueme")]
    );
}

#[test]
fn a_pronoun_takes_up_the_person_whose_office_opened_the_sentence_before() {
    // "Piquet’s office did not respond …. On Thursday, he posted": the
    // councilman, not the pastor named after him.
    assert_eq!(
        quotes("possessor_of_an_office_taken_up_by_a_pronoun"),
        [pair("nothing against anyone's faith", "Evandro Piquet")]
    );
}

#[test]
fn a_description_with_a_modifier_after_an_opening_phrase_is_taken_up() {
    // "At the grain terminal, one truck driver waiting in a line … said he
    // …. “…,” he said": the driver, not the farmer named before.
    assert_eq!(
        quotes("modified_description_after_an_opening_phrase"),
        [pair("They strike, I don't get paid,", "one truck driver")]
    );
}

#[test]
fn a_capitalised_number_word_is_no_part_of_a_name() {
    // "Forty-two Ukrainian servicemen returned home": no person called
    // "Forty-two Ukrainian" for the "he" to take up.
    assert_eq!(
        quotes("number_word_opening_a_lede_is_no_name"),
        [pair("I promised myself I would do this,", "Mykyta")]
    );
}

#[test]
fn who_after_a_nouns_agent_takes_up_the_agent() {
    // "amid a walkout by opposition members, who called the legislation
    // “anti-farmer”": the members, not the assembly.
    assert_eq!(
        quotes("who_after_an_agent_of_a_noun"),
        [pair("anti-farmer", "opposition members")]
    );
}

#[test]
fn an_indefinite_description_after_a_quote_is_taken_up_by_a_later_pronoun() {
    // "“…,” one survivor, a 19-year-old from Sfax, told volunteers" and,
    // a paragraph on, "“…,” he said": the survivor, not the fishermen.
    assert_eq!(
        quotes("inverted_description_taken_up_by_a_pronoun"),
        [
            pair(
                "The engine stopped and nobody came for two days,",
                "one survivor"
            ),
            pair("We drank seawater at the end,", "one survivor"),
        ]
    );
}

#[test]
fn one_who_asked_a_question_after_it_is_not_taken_up_by_the_next_pronoun() {
    // "“Why stop now …?” asked a reporter": the "he said" two quotes on
    // answers; it is the guitarist named in the lede.
    assert_eq!(
        quotes("question_asker_after_a_quote_is_not_taken_up"),
        [
            pair(
                "Why stop now, after thirty years?",
                "a reporter from a local radio station"
            ),
            pair(
                "Because Piotr’s back will not take another thirty,",
                "Marta Kowal"
            ),
            pair("My back is fine,", "Piotr Kowal"),
            pair("It is my hearing that has gone.", "Piotr Kowal"),
        ]
    );
}

#[test]
fn a_relatives_noun_gives_its_gender_to_a_name_apposed_after_a_job() {
    // "Her husband of 47 years, retired bookbinder Lwazi Zungu, said":
    // the husband is a man, so the "he" after takes him up.
    assert_eq!(
        quotes("relative_apposed_with_a_job_before_the_name"),
        [pair(
            "She kept the courtroom at the courthouse,",
            "Lwazi Zungu"
        )]
    );
}

#[test]
fn the_engineers_title_eng_is_no_name_and_ends_no_sentence() {
    // "said Eng. Neema Mollel", "Eng. Mollel said": East African papers
    // write an engineer's title so.
    assert_eq!(
        quotes("engineer_title_abbreviated"),
        [
            pair(
                "The lorries no longer have to pass the market,",
                "Neema Mollel"
            ),
            pair(
                "We will start on the northern section in March,",
                "Neema Mollel"
            ),
        ]
    );
}

#[test]
fn a_retired_officers_mark_between_title_and_name_keeps_them_together() {
    // "said Brig. Gen. (rtd) Oluwole Adebanjo-Ige": the bracket neither
    // ends the title nor hides the name.
    assert_eq!(
        quotes("retired_officer_mark_between_title_and_name"),
        [pair(
            "Our first task is to get the warehouses stocked before the rains,",
            "Oluwole Adebanjo-Ige"
        )]
    );
}

#[test]
fn said_between_a_given_name_and_a_surname_is_a_middle_name() {
    // "said Zuhura Said Khamis, who farms": the speaker is the whole name,
    // and "Mrs Khamis … she said" takes her up.
    assert_eq!(
        quotes("said_as_a_middle_name"),
        [
            pair(
                "Last year a kilo of cloves paid for a week of school fees,",
                "Zuhura Said Khamis"
            ),
            pair("This year it pays for two days.", "Zuhura Said Khamis"),
            pair("because there is nobody else to pass it to", "Hamisi Juma"),
            pair("Cassava does not pay a levy,", "Zuhura Said Khamis"),
        ]
    );
}

#[test]
fn a_county_after_a_town_in_apposition_is_no_person() {
    // "Siobhan Keaveney, from Westport, Co Mayo, waited …. She said":
    // "Co Mayo" is a county, and "she" is the woman.
    assert_eq!(
        quotes("county_after_a_town_is_no_person"),
        [
            pair("exhausting", "Siobhan Keaveney"),
            pair(
                "Every letter sent me back to the start,",
                "Siobhan Keaveney"
            ),
        ]
    );
}

#[test]
fn an_honorific_before_a_given_name_no_surname_matches_means_the_full_name() {
    // "Roslan Ahmad … “…,” Mr Roslan said": in Malay usage the honorific
    // goes before the given name; no one in the text is called Roslan as
    // a surname.
    assert_eq!(
        quotes("honorific_before_a_given_name"),
        [
            pair(
                "They took the money and locked the door,",
                "Siti Khadijah Omar"
            ),
            pair("Only RM600, but it is the principle,", "Roslan Ahmad"),
        ]
    );
}

#[test]
fn who_after_a_place_in_an_appositive_opened_by_now_takes_up_the_person() {
    // "a report by … Dr Ingrid Solheim-Baptiste, now a professor in Bergen,
    // who wrote": the geographer wrote, not Bergen.
    assert_eq!(
        quotes("who_after_a_place_in_an_appositive_opened_by_now"),
        [pair(
            "Nobody answered either letter,",
            "Ingrid Solheim-Baptiste"
        )]
    );
}

#[test]
fn the_noun_of_a_possessive_lede_description_is_taken_up_by_a_pronoun() {
    // "Ireland’s chief inspector of schools has warned" then "Tadhg Ó
    // Dálaigh, who visited …, said", the minister named after, and "the
    // chief inspector was blunt. “…,” he said": the inspector.
    assert_eq!(
        quotes("the_noun_of_a_possessive_lede_description"),
        [pair("They exist on paper,", "Tadhg Ó Dálaigh")]
    );
}

#[test]
fn a_senior_party_figure_is_a_person_who_may_speak() {
    // "A senior Progress Party figure who asked not to be named was less
    // hopeful. “…”": the quote is the figure's.
    assert_eq!(
        quotes("party_figure_as_a_speaker"),
        [pair(
            "If the north goes, we go with it. That is the arithmetic.",
            "A senior Progress Party figure"
        )]
    );
}

#[test]
fn a_name_after_named_in_an_appositive_is_the_speaker() {
    // "One victim, a retired matatu driver in Kitale named Kiprop Wanjala
    // Chebet, said he …. “…,” he said": the driver by name.
    assert_eq!(
        quotes("description_named_in_its_appositive"),
        [pair(
            "I checked my balance on Monday and it was zero,",
            "Kiprop Wanjala Chebet"
        )]
    );
}

#[test]
fn a_surnames_namesake_named_only_after_a_pronoun_is_not_its_antecedent() {
    // "Otieno, who retired …" (the coach), then "Mercy Achieng Odhiambo …
    // broke down as she addressed the mourners. “…,” she said", and only
    // after that "Mrs Grace Atieno Otieno": the swimmer speaks, not the
    // coach's widow named later.
    assert_eq!(
        quotes("namesake_named_after_the_pronoun"),
        [
            pair("Mzee", "Swimmers"),
            pair(
                "He taught me to breathe before he taught me to swim,",
                "Mercy Achieng Odhiambo"
            ),
            pair(
                "He kept every stopwatch he ever owned,",
                "Grace Atieno Otieno"
            ),
        ]
    );
}

#[test]
fn reading_someones_work_is_no_report() {
    // "Karim Aoun, a nurse who said he had first read Saliba's poems …":
    // the reading reports nothing, so the "he" after is the nurse named.
    assert_eq!(
        quotes("reading_a_work_is_no_report"),
        [pair(
            "I copied one onto the back of a prescription pad,",
            "Karim Aoun"
        )]
    );
}

#[test]
fn the_second_piece_of_a_reply_split_by_its_pronoun_keeps_the_replier() {
    // "“Ms. Velasquez-Holt, …?” Sandhu asked." then "“…,” she replied,
    // “but …”": both pieces are the executive's answer.
    assert_eq!(
        quotes("split_reply_keeps_its_speaker"),
        [
            pair(
                "Ms. Velasquez-Holt, my constituents have waited six years for a working timetable. Can you explain that?",
                "Navdeep Sandhu"
            ),
            pair("I can’t speak to every delay without the records,", "Oriana Velasquez-Holt"),
            pair("but I can tell you the new trains arrive in March.", "Oriana Velasquez-Holt"),
        ]
    );
}

#[test]
fn a_reply_answers_the_one_a_question_going_on_from_a_report_addresses() {
    // "“…,” Brannigan said. “Is that your standard, Ms. Mbeki-Roche?”" then
    // "“It is not, senator,” she replied": the director replies, not the
    // senator who asked.
    assert_eq!(
        quotes("reply_to_a_question_going_on_by_name"),
        [
            pair(
                "A commuter in my constituency waited nine months for a refund,",
                "Orla Brannigan"
            ),
            pair("Is that your standard, Ms. Mbeki-Roche?", "Orla Brannigan"),
            pair("It is not, senator,", "Aisling Mbeki-Roche"),
        ]
    );
}

#[test]
fn the_one_asked_does_not_answer_a_pronoun_of_the_other_gender() {
    // "Joanna Whitfield … Councillor Babatunde Okafor … asked Whitfield
    // whether …. “…,” he said": Whitfield is a woman, so "he" is the
    // councillor who asked.
    assert_eq!(
        quotes("asked_object_of_the_other_gender"),
        [
            pair(
                "We have never had so many families in temporary rooms,",
                "Joanna Whitfield"
            ),
            pair(
                "When you score people by points, you stop hearing their stories,",
                "Babatunde Okafor"
            ),
        ]
    );
}

#[test]
fn a_lieutenant_colonel_is_the_colonel() {
    // "Lieutenant Colonel Adaeze Okonkwo-Reid told reporters …" then "the
    // colonel said …. “…,” she said": a military rank goes by its last
    // word, as "Deputy Minister" does not.
    assert_eq!(
        quotes("lieutenant_colonel_is_the_colonel"),
        [
            pair(
                "The convoy reached the border crossing at dawn,",
                "Adaeze Okonkwo-Reid"
            ),
            pair("All four are stable,", "Adaeze Okonkwo-Reid"),
        ]
    );
}

#[test]
fn a_quote_paragraph_after_her_reply_is_the_owners() {
    // "… was asked about the critics …. Her reply was long and unhurried."
    // then a paragraph of quotation with no cue: the designer's reply.
    assert_eq!(
        quotes("her_answer_before_a_quote_paragraph"),
        [pair(
            "People see a loose thread and think it is a mistake. It is not. Every thread on that runway was left there on purpose.",
            "Chiamaka Eze-Whitfield"
        )]
    );
}

#[test]
fn a_headline_verb_between_names_is_no_middle_name() {
    // "Marta Lindqvist Blasts Hartley for …, Urges Tenants to ‘…’": in
    // title case the verb's form after a full name is the verb, so the
    // councillor is not "Marta Lindqvist Blasts Hartley".
    assert_eq!(
        quotes("headline_verb_between_names_is_no_middle_name"),
        [pair("Keep Pressing", "Marta Lindqvist")]
    );
}

#[test]
fn a_lone_place_after_an_opening_phrase_yields_to_the_full_name_apposed_after_it() {
    // "At the State Hospital, Oyo, the Medical Director, Dr. Folasade
    // Ajibola-Coker, said …. “…,” she said": Oyo is where, not who.
    assert_eq!(
        quotes("place_after_opening_phrase_before_apposed_name"),
        [pair(
            "We need blood donors today, not tomorrow,",
            "Folasade Ajibola-Coker"
        )]
    );
}

#[test]
fn when_a_question_is_asked_in_a_clause_of_time_the_main_subject_answers() {
    // Okafor did not sound confident when Mercer asked whether …. ¶ “…,” he
    // said": the one asked, the subject of the main clause, answers.
    assert_eq!(
        quotes("question_asked_in_a_when_clause"),
        [pair(
            "Nobody can predict this year. We will fight for every vote,",
            "Paul Okafor"
        )]
    );
}

#[test]
fn a_statement_nouns_owner_after_a_report_yields_when_the_quote_follows_its_copula() {
    // "Okonjo said her party colleague Daniel Frey’s letter to invite … was
    // only “…”": the letter is the topic of Okonjo’s words, not their source.
    assert_eq!(
        quotes("owned_statement_noun_with_infinitive_before_copula"),
        [pair("a friendly gesture", "Maria Okonjo")]
    );
}

#[test]
fn a_given_name_after_an_initial_addressed_in_a_quote_is_not_its_speaker() {
    // "“Nobody used that word, Everett,” she said" after "Sen. J. Everett
    // Ashdown": the one addressed by the given name after his initial is not
    // the speaker.
    assert_eq!(
        quotes("given_name_after_initial_addressed"),
        [
            pair(
                "How many engines were out of service that night?",
                "Helen Morrow"
            ),
            pair(
                "His crews worked double shifts. I will not let them be called lazy,",
                "J. Everett Ashdown"
            ),
            pair("Nobody used that word, Everett,", "Helen Morrow")
        ]
    );
}

#[test]
fn a_name_closing_an_opening_clause_is_no_person_with_an_appositive() {
    // "Minutes after her side had thrown away a lead at Millfield Park, the
    // coach walked …. “…,” she said": the park closes the opening clause; "the
    // coach" is the subject after its comma, not the park's appositive.
    assert_eq!(
        quotes("name_closing_opening_phrase_before_subject"),
        [pair(
            "Nobody wants to hear excuses from me,",
            "Hana Kowalski"
        )]
    );
}

#[test]
fn a_relative_clause_after_a_residents_place_is_the_residents() {
    // One resident of nearby Halletport, who said she has cousins on both
    // sides, watched …. “…,” she said": "who" takes up the resident, not the
    // one-word place after "of".
    assert_eq!(
        quotes("resident_of_place_who"),
        [pair("Nobody here wants a fight,", "One resident")]
    );
}

#[test]
fn an_epithet_subject_before_was_stands_for_the_person_for_the_next_pronoun() {
    // "Ten minutes later, the Brazilian was still going. “…!” he said": the
    // epithet before "was" stands for the coach named before.
    assert_eq!(
        quotes("epithet_subject_with_was_before_pronoun"),
        [
            pair("I will say nothing about him,", "Mateus Vilar-Brandão"),
            pair("Ten minutes to check one replay!", "Mateus Vilar-Brandão")
        ]
    );
}

#[test]
fn a_bodys_plural_possessive_in_an_apposed_title_gives_the_description() {
    // "The leader of the National Dockworkers’ Union, Grace Adjei-Mensah," then
    // "The union leader laughed …. “…,” she said": the apostrophe after
    // "Dockworkers" does not end the title the description reads.
    assert_eq!(
        quotes("plural_possessive_in_title_before_name"),
        [pair(
            "They offer the same thing every year,",
            "Grace Adjei-Mensah"
        )]
    );
}

#[test]
fn a_reply_to_a_question_asked_of_a_description_is_the_persons_it_stands_for() {
    // "“…?” Rantanen asked the seismologist. ¶ “…,” she replied": the
    // seismologist named before answers, not the campsite owner who spoke last.
    assert_eq!(
        quotes("reply_to_question_asked_of_a_description"),
        [
            pair("I have eight staff to pay,", "Lena Vaatainen"),
            pair("Is there a risk you are crying wolf?", "Mika Rantanen"),
            pair(
                "There is a much bigger risk in staying quiet,",
                "Ingrid Solvang-Mbeki"
            )
        ]
    );
}

#[test]
fn the_verb_of_a_whose_clause_is_no_report_by_its_antecedent() {
    // "Sen. Marcus T. Hollowell, a Democrat from Ohio whose district has
    // reported three notices, pressed her …. “…,” she replied": "reported" is
    // the district's verb, so no report makes "Democrat" someone who spoke.
    assert_eq!(
        quotes("verb_inside_whose_clause"),
        [
            pair("I own that,", "Helena Voss-Adeyemi"),
            pair(
                "There was no delay in testing, Senator,",
                "Helena Voss-Adeyemi"
            )
        ]
    );
}

#[test]
fn a_region_after_a_place_in_an_appositive_is_no_subject() {
    // "Maeve Odhiambo-Clarke, a nurse from Sydney, Cape Breton, spent …. “…,” she
    // said": the province after the town is a place, no subject for "she".
    assert_eq!(
        quotes("region_after_place_in_appositive"),
        [pair("The staff were incredible,", "Maeve Odhiambo-Clarke")]
    );
}

#[test]
fn a_dateline_with_a_colon_is_no_subject() {
    // "GEORGE TOWN: The closure order … will stay …, says chairman Lim Wei
    // Kang. ¶ “…,” he told reporters": the place in capitals before the
    // colon is a dateline, no man a pronoun takes up.
    assert_eq!(
        quotes("dateline_with_colon"),
        [pair(
            "There will be no compromise on safety,",
            "Lim Wei Kang"
        )]
    );
}

#[test]
fn a_nationality_before_a_lower_case_modifier_is_no_subject() {
    // "Indian software start-ups on Friday warned that … “high-risk” models":
    // "Indian" before a lower-case word is an adjective, so no one named
    // "Indian" gets the scare quote.
    assert_eq!(
        quotes("nationality_adjective_opening_sentence"),
        [("high-risk".to_string(), None)]
    );
}

#[test]
fn a_naming_verbs_quote_is_its_subjects_though_a_possessive_owns_the_noun() {
    // "Solheim-Baptiste called Okonjo-Roy’s pledge to cap increases … “a
    // promise written on a napkin”": what "called" names the pledge is the
    // subject's words, not the pledge's owner's.
    assert_eq!(
        quotes("naming_verb_before_owned_statement"),
        [pair(
            "a promise written on a napkin.",
            "Ingrid Solheim-Baptiste"
        )]
    );
}

#[test]
fn a_plain_answer_to_a_question_calling_someone_by_name_is_theirs_and_the_turns_alternate() {
    // "“…, couldn’t you, Mr Rewiti?” Ms Ashworth asked. ¶ “…,” he said": the
    // one the question calls by name answers, not the neighbour the pronoun
    // took up; the unattributed turns after it go on alternating from him.
    assert_eq!(
        quotes("answer_to_question_addressing_by_name"),
        [
            pair("It had killed eleven of my ewes,", "Tomas Rewiti"),
            pair(
                "You could see him clearly, couldn’t you, Mr Rewiti?",
                "Helen Ashworth"
            ),
            pair("I could see shapes. It was dusk,", "Tomas Rewiti"),
            pair(
                "A man is quite a different shape from a dog.",
                "Helen Ashworth"
            ),
            pair("I know that now.", "Tomas Rewiti")
        ]
    );
}

#[test]
fn a_three_word_name_in_the_possessive_registers_all_three_words() {
    // "rising star Maria Luzviminda Reyes's Olympic place" then "Luzviminda, 21,":
    // the later given name and its "she" take up the whole name, not
    // "Maria Luzviminda".
    assert_eq!(
        quotes("possessive_three_word_name"),
        [pair(
            "I have never taken anything I knew to be banned,",
            "Maria Luzviminda Reyes"
        )]
    );
}

#[test]
fn a_three_word_name_in_the_possessive_does_not_make_a_namesake_of_one_named_before() {
    // "Henry P Ashcombe's" after "Walter Ashcombe": a name of three words
    // met only in the possessive does not take "Mr. Ashcombe" from the
    // man the article is about.
    assert_eq!(
        quotes("possessive_three_word_namesake"),
        [pair(
            "I have no regrets about the race we ran,",
            "Walter Ashcombe"
        )]
    );
}

#[test]
fn a_bare_answer_after_a_question_said_with_a_question_word_is_the_other_persons() {
    // "“Why did you sign it …?” Mbeki-Stone said." then a bare "“Because
    // …”": a question opening with a question word is put to the other
    // person, who answers, though its verb is "said".
    assert_eq!(
        quotes("bare_answer_after_said_question"),
        [
            pair("I signed the report on the Monday,", "Tobias Krenn"),
            pair(
                "Why did you sign it without visiting the site?",
                "Harriet Mbeki-Stone"
            ),
            pair(
                "Because the visit had been done the week before by my deputy.",
                "Tobias Krenn"
            )
        ]
    );
}

#[test]
fn a_report_with_its_own_that_clause_after_a_closed_quote_is_not_its_cue() {
    // "“I tell them the trial is nearly over.” The securities regulator said
    // in a statement on Monday that some 240 people …": after words closed
    // by a full stop inside the marks, a report whose "that" clause follows
    // a few words on reports its own words; the quote goes on from "he".
    assert_eq!(
        quotes("closed_quote_then_own_that_report"),
        [
            pair("My children think I am still rich,", "Teodoro Balagtas"),
            pair("I tell them the trial is nearly over.", "Teodoro Balagtas")
        ]
    );
}

#[test]
fn an_infinitive_after_a_verb_following_a_closed_quote_is_not_its_cue() {
    // "with the caption “Still together. Still fighting.” Testimony is
    // expected to continue": "continue" after "expected to" is no report
    // of the caption, which is the poster's.
    assert_eq!(
        quotes("closed_quote_then_infinitive_cue"),
        [pair(
            "Still together. Still fighting.",
            "Ingrid Solheim-Park"
        )]
    );
}

#[test]
fn a_given_name_after_madam_stands_for_the_full_name_with_binte() {
    // "Siti Aminah binte Yusof" then "Madam Siti told": "Madam" is a
    // title, and the first of two given names before "binte" is what the
    // person is called.
    assert_eq!(
        quotes("madam_given_name_before_binte"),
        [pair(
            "He said the estates would pay every month without fail,",
            "Siti Aminah binte Yusof"
        )]
    );
}

#[test]
fn madam_before_a_surname_is_a_title_not_part_of_the_name() {
    // "Akosua Mensah-Boakye" then "Madam Mensah-Boakye did not waver. “…,”
    // she said": "Madam" is a woman's title, so the surname is hers.
    assert_eq!(
        quotes("madam_surname_title"),
        [pair(
            "I was there. There was no alarm,",
            "Akosua Mensah-Boakye"
        )]
    );
}

#[test]
fn a_pronoun_after_asking_a_description_whether_takes_up_the_one_asked() {
    // "Prosecution counsel Kimani Wekesa asked the witness whether she had
    // seen any of the gunmen clearly. “…,” she said": the witness, whom the
    // text named as the first prosecution witness, answers, not the counsel
    // whose gender no word tells.
    assert_eq!(
        quotes("asked_description_answers"),
        [pair(
            "They told us, kneel down, kneel down. Peter lifted his lamp to see them, and they shot him,",
            "Nyokabi Kamande"
        ),
        pair(
            "I was holding his arm. He told me to run. I did not run,",
            "Nyokabi Kamande"
        ),
        pair(
            "Yes. The short one, with the gap in his teeth. He is sitting there,",
            "Nyokabi Kamande"
        )]
    );
}

#[test]
fn a_reply_to_a_question_goes_to_one_who_spoke_before_over_one_only_named() {
    // "“…?” he asked. “…,” she replied" after "“…,” she said, looking at
    // the first accused, Baraka Mwamburi Tsuma": the reply is the witness's,
    // who spoke before and is known to be a woman, not the accused the text
    // only named, whose gender no word tells.
    assert_eq!(
        quotes("reply_by_one_who_spoke"),
        [
            pair("They cut the seal with bolt cutters,", "Wanjala Achola"),
            pair("Then they waved the truck through,", "Wanjala Achola"),
            pair(
                "You had been on shift for fourteen hours. Are you certain it was before midnight?",
                "Jabari Kitheka"
            ),
            pair(
                "The port siren goes at midnight. I heard it after,",
                "Wanjala Achola"
            )
        ]
    );
}

#[test]
fn a_surname_shared_with_a_family_firm_stands_for_the_person() {
    // "Chiara Montalbetti" then "Cantieri Montalbetti, founded by her father"
    // then "Montalbetti said": "Cantieri" opens a firm's name, so the surname
    // alone is the person's.
    assert_eq!(
        quotes("family_firm_shares_surname"),
        [pair(
            "We are not asking for a favour. We are asking to exist,",
            "Chiara Montalbetti"
        )]
    );
}

#[test]
fn a_pronoun_passes_over_an_unnamed_reporter_for_one_of_its_gender_named_before() {
    // "Rosalind Tempest-Nkemelu … said she bought a hatchback …. A mechanic
    // later estimated it had …. “…,” she said": an unnamed person of no
    // known gender whose report says nothing of their own gender yields to
    // the woman named before in the paragraph.
    assert_eq!(
        quotes("unnamed_reporter_yields_to_named"),
        [
            pair(
                "The gearbox failed a month later,",
                "Rosalind Tempest-Nkemelu"
            ),
            pair(
                "I am still paying for a car I cannot drive.",
                "Rosalind Tempest-Nkemelu"
            )
        ]
    );
}

#[test]
fn an_unnamed_reporter_whose_report_says_she_keeps_a_following_she() {
    // "Marguerite Oduya … said she called …. A neighbour said she heard
    // glass breaking …. “…,” she said": the neighbour's own report says
    // "she", so the pronoun is the neighbour's.
    assert_eq!(
        quotes("unnamed_reporter_of_own_gender"),
        [pair(
            "There was smoke coming out of every window,",
            "A neighbour"
        )]
    );
}

#[test]
fn a_family_name_the_lists_know_as_a_word_is_a_surname_before_a_hyphenated_given_name() {
    // "Oh Seung-woo" then "“He did not,” Oh replied": "Oh" opens a Korean
    // name before its hyphenated given name, so later it is his surname,
    // not an interjection.
    assert_eq!(
        quotes("family_name_that_is_a_word"),
        [
            pair(
                "Did your son know about the redevelopment plan?",
                "Yoon Da-eun"
            ),
            pair("He did not,", "Oh Seung-woo")
        ]
    );
}

#[test]
fn a_report_a_before_clause_says_had_not_happened_is_no_antecedent() {
    // "Before Varga-Mendes could answer, Okonjo-Sato leaned into the
    // microphone. “…,” he said": "could answer" after "before" was never
    // said, so "he" is the one who leaned in.
    assert_eq!(
        quotes("unrealised_report_before_could"),
        [
            pair("Did the label push you too hard?", "the reporter"),
            pair("We plan our schedule together,", "Mateus Okonjo-Sato")
        ]
    );
}

#[test]
fn a_person_inside_an_asked_opening_phrase_is_not_the_pronoun_after_it() {
    // "Asked what his nephew thought of it now, he said: “…”": the nephew
    // is inside the question put to the man; "he" is the man asked.
    assert_eq!(
        quotes("asked_opening_mention"),
        [
            pair(
                "I only went to the audition because my nephew bet me I would not,",
                "Seamus Ó Dálaigh"
            ),
            pair(
                "I thought they wanted someone to carry the lights.",
                "Seamus Ó Dálaigh"
            ),
            pair(
                "He says I owe him a pint. I told him to get in the queue.",
                "Seamus Ó Dálaigh"
            )
        ]
    );
}

#[test]
fn an_office_of_conservator_before_a_name_is_a_title() {
    // "Chief Conservator of Forests Leelavathi Iyengar told villagers …"
    // then "Ms Iyengar said": "Conservator" is a title, so its office is no
    // name and the surname later is hers in full.
    assert_eq!(
        quotes("conservator_of_forests_title"),
        [pair(
            "We will not rest until the animal is caught,",
            "Leelavathi Iyengar"
        )]
    );
}

#[test]
fn a_kin_noun_of_one_gender_keeps_a_report_of_he_from_making_her_a_man() {
    // "His daughter, Remedios Ferreira-Lobo, 45, …, thinks he should close on
    // Mondays. “…,” she said": the "he" of her report is her father, not
    // her; "daughter" says she is a woman.
    assert_eq!(
        quotes("kin_noun_blocks_learnt_gender"),
        [
            pair(
                "We bake about 2,000 loaves a day. Twenty years ago it was 5,000,",
                "Ignatius Ferreira-Lobo"
            ),
            pair(
                "I tell him, Papá, we lose money every Monday,",
                "Remedios Ferreira-Lobo"
            )
        ]
    );
}

#[test]
fn an_age_epithet_is_not_a_person_the_text_gave_another_age() {
    // "Lena Tanabe-Wells, 34, …" then "the 68-year-old returns to the pier.
    // “…,” she said": the epithet is not the woman the text said is 34, so
    // it falls back to the person the text is about.
    assert_eq!(
        quotes("epithet_age_excludes_other_age"),
        [
            pair("People talk to each other here,", "Lena Tanabe-Wells"),
            pair(
                "I tell the sea who is staying with us,",
                "Haruko Tanabe-Wells"
            )
        ]
    );
}

#[test]
fn an_answer_said_after_a_question_put_to_someone_by_name_is_theirs() {
    // "a reporter asked Achebe-Lindqvist: “…?” He paused for several
    // seconds. ¶ “…,” he said": a plain "he said" after a question its
    // report puts to a man by name is his answer, not the words of the man
    // who spoke before.
    assert_eq!(
        quotes("said_answer_to_question_put_by_name"),
        [
            pair("A teacher found it, not a guard,", "Rashid Okafor-Nilsen"),
            pair("What if there is a next time and no officer?", "a reporter"),
            pair(
                "Then I will have to live with that,",
                "Terrell Achebe-Lindqvist"
            )
        ]
    );
}

#[test]
fn next_opening_a_sentence_is_no_name() {
    // "Next door, Mai Linh Tran, … said …. “…,” she said": "Next" opening a
    // sentence is a word, never a name the pronoun could take up.
    assert_eq!(
        quotes("next_opening_a_sentence_is_no_name"),
        [pair("Before, people waved,", "Mai Linh Tran")]
    );
}

#[test]
fn a_reply_after_a_question_put_to_someone_is_theirs() {
    // "… put a question to Ms Okafor-Ellis: “…?”" then "“…,” she answered":
    // a question "put" to someone is asked as one with "asked" is, so the
    // reply is the one it was put to, not the one who put it.
    assert_eq!(
        quotes("put_a_question_to"),
        [
            pair(
                "How many of your staff work on the assembly line?",
                "Temitope Adebanjo-Reyes"
            ),
            pair(
                "About 300 on the line and 90 in engineering,",
                "Chidinma Okafor-Ellis"
            )
        ]
    );
}

#[test]
fn a_question_asked_by_he_after_cross_examined_by_is_the_examiners() {
    // "Cross-examined by Chukwuemeka Obiora-Hale KC, for the defence, she
    // agreed …" then "“Mrs Kilbride, …?” he asked": the one who asks is the
    // examiner named after "by", not the prosecutor named before; and
    // "Cross-examined" after a quotation is no name.
    assert_eq!(
        quotes("examiner_after_cross_examined"),
        [
            pair("This was no accident,", "Declan Moore-Achebe"),
            pair(
                "It was a short scream, and then nothing,",
                "Bernadette Kilbride"
            ),
            pair("I remember thinking, that's Aoife.", "Bernadette Kilbride"),
            pair(
                "Mrs Kilbride, could the sound have come from the film?",
                "Chukwuemeka Obiora-Hale"
            )
        ]
    );
}

#[test]
fn the_one_asked_by_an_examiner_who_asks_back_is_not_the_examiner() {
    // "Asked by Wrenfield whether she supported a carbon tax, she
    // hesitated. “…?” she asked": the "she" who asks back is the one
    // examined, whom the text never names; not the senator after "by".
    assert_eq!(
        quotes("asked_by_examiner_she_answers"),
        [
            pair("political theatre", "Tobias Wrenfield"),
            (
                "Is that a question for me as a chief executive or as a citizen?".to_string(),
                None
            )
        ]
    );
}

#[test]
fn according_to_a_description_with_a_name_apposed_names_that_person() {
    // "according to his chief press secretary, Ibrahim Sani Dankwambo.": the
    // name apposed to the description after "according to" is the source,
    // not "his chief".
    assert_eq!(
        quotes("according_to_apposed_name"),
        [
            pair(
                "open to everyone regardless of party,",
                "Ibrahim Sani Dankwambo"
            ),
            pair("Every party is welcome,", "the statement")
        ]
    );
}

#[test]
fn a_womans_given_name_outranks_a_chairmans_title() {
    // "the party's deputy chairman, Fenella Okoro-Grant, … She told the
    // Chronicle …. “…,” she said": "Fenella" is a woman's name, which
    // outranks the "-man" of "chairman".
    assert_eq!(
        quotes("fenella_given_name"),
        [pair("I haven't had the time,", "Fenella Okoro-Grant")]
    );
}

#[test]
fn an_introduced_object_whose_relative_clause_says_he_is_the_he_after_it() {
    // "Achterberg-Lund, 61, was introduced by her husband, Anselm Lund, a
    // retired ferry captain, who grew emotional as he described …. “…,” he
    // said": the husband's own relative clause says "he", so the "he" after
    // is his, not the singer named in the paragraph before.
    assert_eq!(
        quotes("object_whose_clause_says_he"),
        [pair("She kept me waiting an hour,", "Anselm Lund")]
    );
}

#[test]
fn a_description_apposed_to_a_name_is_not_a_subject_of_its_own() {
    // "Caoilfhionn Mac Giolla Rua, the Northern Nationalist MP for Mourne,
    // was unconvinced. “…,” she said": the description apposed to the name
    // is the same person, so "she" is the name, not "the Northern
    // Nationalist MP".
    assert_eq!(
        quotes("apposed_description_not_subject"),
        [pair(
            "You have not queued at the port at four in the morning. I have,",
            "Caoilfhionn Mac Giolla Rua"
        )]
    );
}

#[test]
fn the_owner_of_a_memo_opening_a_sentence_is_the_pronoun_that_writes_from_it() {
    // "Solvang-Achebe’s memo, first reported by the Harbor Ledger, warned
    // …. “…,” she wrote": the one whose memo the sentence is about wrote its
    // words, not the aide who spoke before.
    assert_eq!(
        quotes("possessor_of_memo_writes"),
        [
            pair("a long time coming", "A senior aide"),
            pair("Everyone knew the press shop was a mess,", "the aide"),
            pair(
                "We cannot keep this pace past Labor Day,",
                "Tove Solvang-Achebe"
            )
        ]
    );
}

#[test]
fn a_capitalised_word_after_a_preposition_and_an_adjective_is_no_headline_label() {
    // "Kembe governor defends bond issue on live TV: ‘…’": "TV" after "on
    // live" is where the words were said, not who said them; the headline's
    // subject speaks.
    assert_eq!(
        quotes("headline_label_after_preposition"),
        [pair("We will repay every kobo", "Kembe governor")]
    );
}

#[test]
fn a_relative_clause_closed_by_a_comma_before_the_main_verb_does_not_reach_the_verb_after_it() {
    // "X, a Republican from Westbrook who chairs the finance panel, said the
    // audit described “…”": the relative clause ended at the comma before "said",
    // so "described" is no verb of it; the quote is the councilwoman's.
    assert_eq!(
        quotes("relative_clause_closed_before_main_verb"),
        [pair(
            "a culture of shrugging at overdue invoices.",
            "Ilse Marchetti"
        )]
    );
}

#[test]
fn a_place_after_from_in_an_appositive_is_not_who_the_relative_clause_means() {
    // "Mereana Tapsell, a teacher from Upper Moutere, who said": a two-word
    // place after "from" with no given name is not the relative's antecedent, so
    // the "she" who posted is the teacher.
    assert_eq!(
        quotes("two_word_place_in_appositive_before_who"),
        [pair("So close I can taste it.", "Mereana Tapsell")]
    );
}

#[test]
fn a_capitalised_our_between_capitalised_words_joins_a_campaign_name() {
    // "Save Our Ferries": a capitalised possessive between a campaign's
    // capitalised words joins its name, so the speaker is the spokeswoman for the
    // campaign, not "Ferries".
    assert_eq!(
        quotes("campaign_name_with_our"),
        [pair(
            "We will not let the island be cut off.",
            "A spokeswoman for Save Our Ferries"
        )]
    );
}

#[test]
fn a_participles_clause_after_a_place_is_no_appositive_describing_it() {
    // "won at Marbury Park, giving the 68-year-old trainer his first classic":
    // the participle's object describes no one named before it, so the later "the
    // 68-year-old" (and the "he" after it) is the trainer, not the racecourse.
    assert_eq!(
        quotes("participle_clause_is_no_appositive"),
        [pair("Not yet,", "Wendell Ashcombe")]
    );
}

#[test]
fn a_part_of_the_body_after_a_possessive_speaks_for_no_one() {
    // "“…” His voice cracked as he pointed": "crack" may report ("he cracked"),
    // but a voice speaks for no one; the quote goes on from the owner's.
    assert_eq!(
        quotes("bodily_noun_is_no_speaker"),
        [
            pair(
                "We planted every one of these trees by hand,",
                "Corwin Maddox"
            ),
            pair("My grandfather would not believe it.", "Corwin Maddox")
        ]
    );
}

#[test]
fn a_nickname_after_known_and_a_short_phrase_before_as_is_no_quotation() {
    // "known up and down the island as “Skip.”": a short phrase may
    // stand between "known" and "as"; the name in quote marks, its full stop
    // inside, is no one's words.
    assert_eq!(
        quotes("nickname_after_known_with_phrase"),
        [pair("We lost two crates over the side,", "Ewan Strachan")]
    );
}

#[test]
fn a_first_surname_after_a_newly_known_given_name_names_the_person() {
    // "Porfirio Ledesma Ortiz … “…,” Ledesma told": with "Porfirio" known as a
    // given name, the first of two surnames alone names him in full.
    assert_eq!(
        quotes("first_surname_after_known_given"),
        [pair(
            "We have one well and it is failing,",
            "Porfirio Ledesma Ortiz"
        )]
    );
}

#[test]
fn a_given_name_of_the_other_gender_after_hers_is_her_surname() {
    // "Lucía Martín Herrera … Martín, for her part, says …": "Martín", a man's
    // given name after a woman's, is her first surname, so the "she" after it is
    // Lucía, not the unnamed resident.
    assert_eq!(
        quotes("surname_that_is_a_given_name_of_the_other_gender"),
        [
            pair("Nobody has fixed the road,", "One resident"),
            pair("I voted for her and I would again,", "Benito Cruz"),
            pair("I have two priorities,", "Lucía Martín Herrera")
        ]
    );
}

#[test]
fn a_short_aside_between_a_name_and_who_leaves_the_name_the_antecedent() {
    // "Inspector Maeve Dunleavy, since retired, who said": a short aside of
    // lower-case words after the name stands between it and "who"; the relative's
    // verb is still hers.
    assert_eq!(
        quotes("aside_between_name_and_who"),
        [pair("followed every lead we were given", "Maeve Dunleavy")]
    );
}

#[test]
fn the_name_apposed_to_an_office_after_with_is_the_participles_subject() {
    // "with the city’s Chief Planning Officer, Rowena Gathii, saying": the
    // participle's subject is the name apposed to the office after "with", a
    // noun's possessive before it.
    assert_eq!(
        quotes("with_office_apposed_name_participle"),
        [pair("left with no lawful alternative", "Rowena Gathii")]
    );
}

#[test]
fn a_lower_case_modifier_after_the_keeps_a_spokesperson_for_a_body_the_speaker() {
    // "A spokeswoman for the regional Water Quality Authority said": a
    // lower-case modifier between "the" and the body's name leaves the whole
    // description the speaker, not the body.
    assert_eq!(
        quotes("spokesperson_for_modified_body_name"),
        [pair(
            "safe to drink at every tap",
            "A spokeswoman for the regional Water Quality Authority"
        )]
    );
}

#[test]
fn a_lone_surname_whose_clause_says_her_takes_up_a_later_she() {
    // "Okereke then gathered her papers …. Outside, she said": the lone
    // surname's own clause gives her gender, so the "she" is hers, not the
    // Speaker's, whose gender is unknown.
    assert_eq!(
        quotes("lone_surname_own_possessive_gender"),
        [pair(
            "I was sent here to ask questions, not to applaud.",
            "Okereke"
        )]
    );
}

#[test]
fn a_possessive_before_a_verbs_s_form_tells_the_subjects_gender() {
    // "Adeyemi then gathered her notes": "notes", a verb's -s form after "her",
    // is a plural noun, so "her" tells the lone surname's gender and the "she"
    // after it is hers.
    assert_eq!(
        quotes("possessive_before_plural_verb_form"),
        [pair("Nobody answered a single question.", "Adeyemi")]
    );
}

#[test]
fn the_name_after_an_office_opens_at_a_known_given_name() {
    // "Minister for Trade and Tourism Rosa Elena Quintana": after an office's
    // "for", the name runs from a given name the lists know, three words here, not
    // only the last two.
    assert_eq!(
        quotes("office_before_three_word_name"),
        [pair("the best deal on the table", "Rosa Elena Quintana")]
    );
}

#[test]
fn a_relative_clause_ends_at_a_past_verb_right_after_a_noun() {
    // "A retired nurse who found the lost dog walked into the shelter …, saying":
    // "walked", a past verb right after the relative clause's object, is the main
    // verb; the speaker is the nurse with her clause, not the whole clause.
    assert_eq!(
        quotes("relative_clause_ends_at_main_verb"),
        [pair(
            "never seen a happier animal.",
            "A retired nurse who found the lost dog"
        )]
    );
}

#[test]
fn a_sum_of_money_inside_a_relative_clause_is_read_as_its_words() {
    // "A retired postman who won a $2 million prize in the county raffle came
    // forward …, saying": the sum is words of the relative clause, which runs to
    // the main verb.
    assert_eq!(
        quotes("sum_inside_relative_clause"),
        [pair(
            "buy the whole street a round.",
            "A retired postman who won a $2 million prize in the county raffle"
        )]
    );
}

#[test]
fn a_year_after_an_opening_preposition_is_skipped_without_a_comma() {
    // "In 2019 the gallery turned down a request …, saying": the year after "In",
    // with no comma, opens the sentence; the participle's subject is the gallery.
    assert_eq!(
        quotes("year_after_opener_without_comma"),
        [pair("for the benefit of all visitors.", "the gallery")]
    );
}

#[test]
fn an_office_holders_possessive_keeps_the_office_and_its_place() {
    // "The Vermont Attorney General’s office, which began …, said": an office's
    // holder in the possessive keeps its title's words and place, and the
    // description is the speaker past its relative clause.
    assert_eq!(
        quotes("office_holder_possessive_description"),
        [pair(
            "to groups that actually house families.",
            "The Vermont Attorney General’s office"
        )]
    );
}

#[test]
fn the_description_before_a_place_after_in_is_who_the_relative_means() {
    // "One dispatcher in Leeds, who spoke on condition of anonymity …, said": the
    // place after "in" is not the antecedent of "who"; the dispatcher is, and so the
    // "she" after her, though no list knows "dispatcher".
    assert_eq!(
        quotes("place_after_in_before_who"),
        [pair(
            "You stop feeling tired and start feeling nothing,",
            "One dispatcher"
        )]
    );
}

#[test]
fn a_member_of_the_senedds_letters_are_no_part_of_the_name() {
    // "Rhodri Pennant MS": the letters after a Member of the Senedd's name,
    // like an MP's, are no part of it.
    assert_eq!(
        quotes("member_of_senedd_post_nominal"),
        [pair("a national embarrassment", "Rhodri Pennant")]
    );
}

#[test]
fn a_body_named_with_a_possessive_word_in_an_appositive_is_not_who_means() {
    // "Arvind Pillai-Rao, a councillor from the People's Civic Front, who
    // wrote": the body after "from the", its first word a possessive, is no
    // antecedent of "who"; the person before the appositive is.
    assert_eq!(
        quotes("body_with_possessive_word_before_who"),
        [pair("Why is the tender still secret?", "Arvind Pillai-Rao")]
    );
}

#[test]
fn a_reply_not_made_is_no_cue_for_the_quotation_before_it() {
    // "“…” Ostrowski did not respond to a request for comment.": a reply the
    // text says was not made gives the quotation before it no speaker; it goes on
    // from the steward's.
    assert_eq!(
        quotes("unmade_reply_is_no_cue"),
        [
            pair("We will not be frightened into signing,", "Mirela Dobrev"),
            pair("They want us scared. It is not working.", "Mirela Dobrev")
        ]
    );
}

#[test]
fn an_indefinite_subject_after_a_phrase_ending_in_a_place_takes_up_the_pronoun() {
    // "At the fish stalls near Harbour Street, one trader was unmoved. “…,” he
    // said": "one trader" after a phrase ending in a place is the sentence's
    // subject, not an appositive of the place, and the "he" is his.
    assert_eq!(
        quotes("indefinite_subject_after_place_phrase"),
        [
            pair("We are here to listen,", "Rufus Adeyemi-Clarke"),
            pair(
                "They all come before the vote. Nobody comes after,",
                "one trader"
            )
        ]
    );
}

#[test]
fn a_that_after_and_opens_a_reported_clause_not_a_description() {
    // "said the audit had been “…” and that inspectors would recommend closing
    // the site “…”": "that" after "and" opens a second reported clause, so the fragment in it
    // is the reporter's words, not those of "that inspectors".
    assert_eq!(
        quotes("that_after_and_is_a_clause_opener"),
        [
            pair("thorough and fair", "Marguerite Okonjo-Blum"),
            pair("before the end of the month.", "Marguerite Okonjo-Blum")
        ]
    );
}

#[test]
fn an_and_in_a_bodys_of_phrase_after_a_place_joins_its_name() {
    // "the Ogun State Bureau of Housing and Urban Renewal": "and" in the "of"
    // phrase of a body's word that capitalised words of its place open joins
    // one name; the body speaks (its place read as a title), not "Urban Renewal".
    assert_eq!(
        quotes("body_name_and_after_place_of"),
        [pair(
            "lawful and long overdue",
            "Bureau of Housing and Urban Renewal"
        )]
    );
}

#[test]
fn a_plurals_apostrophe_inside_a_bodys_name_after_said_keeps_the_whole_name() {
    // "“…,” said the Road Hauliers’ Federation.": a plural's apostrophe before a
    // body's word inside the name read forwards keeps the whole name.
    assert_eq!(
        quotes("plural_possessive_body_after_said"),
        [pair(
            "This will put small firms out of business,",
            "Road Hauliers’ Federation"
        )]
    );
}

#[test]
fn a_womans_spanish_given_name_makes_the_mans_name_after_it_her_first_surname() {
    // "Florinda" is a woman's given name, so "Matías" after it is her first
    // surname and "Matías López said …. “…,” she said" is hers, not the
    // anthropologist's named before.
    assert_eq!(
        quotes("spanish_female_name_first_surname"),
        [
            pair("This is our grandmothers’ work,", "Florinda Matías López"),
            pair(
                "Every family has a different bird,",
                "Renata Castañeda-Wolff"
            ),
            pair("An apology does not feed anybody,", "Florinda Matías López")
        ]
    );
}

#[test]
fn a_name_ending_in_newspapers_apposed_to_a_description_is_the_company() {
    // "the paper’s owner, Marshland Regional Newspapers," names the owner, a
    // company ("Newspapers" ends a company's name), and the "she" after it is
    // the editor, not the owner.
    assert_eq!(
        quotes("newspapers_company_apposed"),
        [
            pair(
                "a strategic consolidation of our portfolio",
                "Marshland Regional Newspapers"
            ),
            pair(
                "Nobody goes to the parish council any more,",
                "Rosalind Osei-Thorne"
            )
        ]
    );
}

#[test]
fn a_malaysian_son_of_joins_the_given_name_to_the_fathers() {
    // "a/l" ("son of") is one word of the name, so the speaker is "Kumaravel
    // a/l Sivalingam", whom "Mr Kumaravel" takes up by his given name.
    assert_eq!(
        quotes("malaysian_son_of_name"),
        [
            pair("We are cautiously relieved,", "Kumaravel a/l Sivalingam"),
            pair("Two years goes by very fast,", "Kumaravel a/l Sivalingam")
        ]
    );
}

#[test]
fn a_her_after_a_preposition_gives_the_subject_no_gender() {
    // "Sen. Teodulo Abaya-Lim … stopped at her booth": the "her" after "at"
    // is the novelist's, so the senator is not made a woman and the "he"
    // after it is his.
    assert_eq!(
        quotes("possessive_after_preposition_not_own"),
        [
            pair("My hand is dead,", "Rogelio Bautista"),
            pair("I hear you, Ma’am,", "Teodulo Abaya-Lim"),
            pair("Put it in writing, Senator,", "Marisela Cruz-Tan")
        ]
    );
}

#[test]
fn an_answer_to_a_question_opening_with_a_name_is_the_named_persons() {
    // "“Tanushree, have you ever …?”" calls the novelist by her given name, so
    // the "she said" answering it is hers, not the poet's who spoke before.
    assert_eq!(
        quotes("question_opening_by_name_answered"),
        [pair(
            "To the book,",
            "Meenal Kaur"
        ),
        pair(
            "The writer can look after herself,",
            "Meenal Kaur"
        ),
        pair(
            "Tanushree, have you ever read a translation of your own work and not recognised it?",
            "Sethi"
        ),
        pair(
            "Twice,",
            "Tanushree Bandopadhyay"
        ),
        pair(
            "Once it was a disaster.",
            "Tanushree Bandopadhyay"
        )]
    );
}

#[test]
fn a_possessor_in_the_pronouns_own_paragraph_is_its_antecedent() {
    // "… listening to Police Commissioner Anthony Coleridge’s statement. He
    // called …": the commissioner, named as the statement's possessor in the
    // pronoun's own paragraph, is the "He", not the professor quoted before.
    assert_eq!(
        quotes("possessor_in_pronouns_paragraph"),
        [
            pair("It would have been a long shot,", "Stephen Vardeman"),
            pair("extremely careless.", "Anthony Coleridge")
        ]
    );
}

#[test]
fn the_one_woman_named_in_a_paragraphs_opening_sentence_is_its_she() {
    // "That did little to reassure Dufresne-Roy. “…,” she said": the marina
    // owner, the only person that sentence names and known to be a woman, is
    // the "she", not the biologist who spoke last.
    assert_eq!(
        quotes("object_opening_paragraph_antecedent"),
        [
            pair("It looks like the moon out there,", "Mireille Dufresne-Roy"),
            pair("The fry are stranded,", "Anjali Mehra-Gagnon"),
            pair("evaluate compensation claims case by case", "The utility"),
            pair("Case by case means lawyers,", "Mireille Dufresne-Roy")
        ]
    );
}

#[test]
fn a_description_by_a_noun_for_an_occupation_takes_up_the_person_it_titled() {
    // "astronaut" is a noun for a person: "Asked about it later, the
    // astronaut confirmed the story. “…,” she said" is the astronaut the text
    // named with that title, not the principal who spoke before.
    assert_eq!(
        quotes("astronaut_description_taken_up"),
        [
            pair("We’ve had kids asking,", "Gloria Abernathy-Soto"),
            pair(
                "She built a rocket out of a vacuum cleaner tube,",
                "Arne Halvorsen"
            ),
            pair("It went about four feet,", "Teresa Halvorsen")
        ]
    );
}

#[test]
fn a_county_supervisor_is_a_title_before_the_name() {
    // "Kings County Supervisor Walter J. Pemberton Jr.": "Supervisor" is a
    // title, so the name is read whole and "Pemberton" takes it up.
    assert_eq!(
        quotes("supervisor_title"),
        [pair(
            "Farmers will pay for this,",
            "Walter J. Pemberton Jr."
        )]
    );
}

#[test]
fn a_coalition_is_a_collective_that_they_takes_up() {
    // "A coalition of 42 aid agencies said …. “…,” they wrote": a coalition
    // is a body of many, which "they" stands for, not the donors before it.
    assert_eq!(
        quotes("coalition_they"),
        [pair(
            "Without urgent funding, rations will be cut in half by July,",
            "A coalition of 42 aid agencies"
        )]
    );
}

#[test]
fn a_count_after_more_than_is_one_group_that_they_takes_up() {
    // "More than 200 actors had signed an open letter …. “…,” they wrote":
    // "More than" opens the count, and the group is the "they".
    assert_eq!(
        quotes("more_than_count_they"),
        [pair("A festival is not a court,", "More than 200 actors")]
    );
}

#[test]
fn a_body_before_which_is_the_company_its_words_open() {
    // "Kestrel Vision, which holds contracts …, said": a body's name before
    // "which", whose words open the company named before, is that company.
    assert_eq!(
        quotes("company_opened_before_which"),
        [pair(
            "identified and fully resolved",
            "Kestrel Vision Technologies"
        )]
    );
}

#[test]
fn part_opening_a_sentence_is_no_name() {
    // "Part of the drop in complaints, she said, may reflect …": "Part" opens
    // the sentence and names no one; the "she" is the author quoted before.
    assert_eq!(
        quotes("part_of_not_a_name"),
        [
            pair("The evidence is much weaker,", "Priyanka Venkataraman-Cole"),
            pair(
                "Some of the drop is people who remembered there’s a video,",
                "Priyanka Venkataraman-Cole"
            )
        ]
    );
}

#[test]
fn a_chateau_is_a_body_no_she_stands_for() {
    // "Château Sauveterre-Haut" names an estate, a body, which no "she"
    // stands for: the grower who runs it is the one who speaks.
    assert_eq!(
        quotes("chateau_is_a_body"),
        [
            pair("We lit every candle we had,", "Hélène Marchetti-Roux"),
            pair("There will be less wine,", "Paul Aubry"),
            pair(
                "We will replant the lowest parcel with something hardier,",
                "Hélène Marchetti-Roux"
            )
        ]
    );
}

#[test]
fn a_catalan_i_joins_the_two_surnames_of_a_name() {
    // "Montserrat Vidal i Ferrer": the Catalan "i" ("and") joins her two
    // surnames, so the name is read whole, not from "Ferrer".
    assert_eq!(
        quotes("catalan_i_in_a_name"),
        [
            pair(
                "We will not ration water in Barcelona,",
                "Montserrat Vidal i Ferrer"
            ),
            pair("a last resort", "Montserrat Vidal i Ferrer")
        ]
    );
}

#[test]
fn a_place_ending_a_definite_appositive_is_no_antecedent_of_who() {
    // "Curtis Ellingham, the director of a charity bike tour in Ohio, who
    // said": "who" is the director named before the appositive, as after "a
    // nurse from Lower Hutt", so the "he" after it is Ellingham.
    assert_eq!(
        quotes("definite_appositive_place_who"),
        [pair(
            "A single block of barrier costs us about four hundred dollars a day,",
            "Curtis Ellingham"
        )]
    );
}

#[test]
fn a_person_with_a_body_is_the_speaker_not_the_body() {
    // "A first officer with a Delhi-based carrier told reporters …. “…,” she
    // said": the officer, whose "with" phrase names the carrier, is the subject
    // the "she" takes up, not the association's secretary before.
    assert_eq!(
        quotes("person_with_a_body_phrase"),
        [
            pair("Nobody is against rest,", "Sunita Rao"),
            pair(
                "There are nights when I land at 3 a.m.,",
                "A first officer with a Delhi-based carrier"
            )
        ]
    );
}

#[test]
fn a_party_tag_with_a_citys_name_names_no_one() {
    // "Sen. Delia Okafor-Reyes, D-Kansas City, who called": the party tag's
    // place is a city of two words, and the "who" is the senator before it.
    assert_eq!(
        quotes("party_tag_with_a_city"),
        [pair(
            "a loophole you could drive a trailer through.",
            "Delia Okafor-Reyes"
        )]
    );
}

#[test]
fn a_lone_quotation_ending_the_text_is_read_without_a_speaker_after_it() {
    // Nothing follows it to take it up, and no one is named before.
    assert_eq!(
        quotes("lone_quote_ends_the_text"),
        [("If he asks nicely. And if he eats first.".to_string(), None)]
    );
}

#[test]
fn add_before_an_amount_is_a_sum_and_reports_nothing() {
    assert_eq!(
        quotes("add_an_amount_is_no_report"),
        [pair("meaningful dis-synergies", "Sigrid Wallenius")]
    );
}

#[test]
fn a_nickname_opened_by_a_lower_case_the_stays_inside_the_name() {
    assert_eq!(
        quotes("nickname_after_lowercase_the").last().cloned(),
        Some(pair(
            "She is better than I was at 17,",
            "Karin Sjöberg-Lind"
        ))
    );
}

#[test]
fn a_relative_is_the_namesake_a_gendered_title_singles_out() {
    assert_eq!(
        quotes("namesake_relative_singled_out_by_title"),
        [pair(
            "I brought one down to Dad and he cried,",
            "Bernadette Coadyson"
        )]
    );
}

#[test]
fn a_passive_after_be_or_with_its_agent_past_a_phrase_of_time_names_the_agent() {
    assert_eq!(
        quotes("passive_after_be_and_agent_past_phrase"),
        [
            // "would be assessed": the junction says nothing.
            pair("as part of the next scheduled review", "The council"),
            pair(
                "the biggest housing investment this town has seen in 40 years",
                "Ciarán Dinneen"
            ),
        ]
    );
}

#[test]
fn an_office_after_the_in_an_appositive_is_no_person_a_pronoun_takes_up() {
    assert_eq!(
        quotes("office_after_the_is_no_name"),
        [pair(
            "Proof that when a community decides something matters, it happens,",
            "Carys Bowdler"
        )]
    );
}

#[test]
fn garda_is_a_title_before_an_irish_officers_name() {
    assert_eq!(
        quotes("garda_is_a_title"),
        [pair(
            "When I approached him he said it was the cone,",
            "Orla Cullinane"
        )]
    );
}

#[test]
fn the_one_who_asks_in_an_asked_by_phrase_is_not_the_pronoun_that_answers() {
    assert_eq!(
        quotes("asker_in_opening_phrase_is_no_antecedent"),
        [pair("Some hedge-cutting has been done.", "Fiachra Durkan")]
    );
}

#[test]
fn a_title_that_tells_no_gender_does_not_make_a_surname_a_given_name() {
    // "Nestor" is also a man's given name; "Dr Nestor" is the coroner.
    assert_eq!(
        quotes("titled_surname_that_is_a_given_name"),
        [pair(
            "I will be sending a copy of my findings to the Department of Transport,",
            "Aoibheann Nestor"
        )]
    );
}

#[test]
fn a_body_named_of_a_few_capitalised_words_ending_in_states_speaks() {
    // "States" is no verb after "Caribbean" or "Northern".
    assert_eq!(
        quotes("body_named_of_places_states"),
        [
            pair("broadly credible", "Organization of Caribbean States"),
            pair(
                "not be in a position to assess",
                "Council of Northern States"
            ),
        ]
    );
}

#[test]
fn an_age_epithet_subject_past_a_long_relative_clause_takes_up_the_ledes_person() {
    // The lede names her as an object after "opposition leader"; the
    // epithet's sentence stands for her; "she" takes it up.
    assert_eq!(
        quotes("epithet_subject_for_lede_object"),
        [pair(
            "Six years ago they told me I would never set foot in Sentara again,",
            "Ratna Wirasetya"
        )]
    );
}

#[test]
fn a_quantifier_opening_a_sentence_is_no_name() {
    // "Tens" is no woman a "she" may take up.
    assert_eq!(
        quotes("quantifier_is_no_name"),
        [("Welcome home,".to_string(), None)]
    );
}

#[test]
fn a_subordinate_clauses_own_subject_is_no_part_of_the_main_description() {
    assert_eq!(
        quotes("subordinate_subject_not_main_description"),
        [pair("living in sin", "a senior Sunni cleric")]
    );
}

#[test]
fn a_stretch_of_time_before_the_verb_is_no_speaker_but_ends_the_description() {
    assert_eq!(
        quotes("time_phrase_is_no_speaker"),
        [pair(
            "spear phishing",
            "A State Department inspector general’s report issued earlier this year"
        )]
    );
}

#[test]
fn a_past_tense_reports_by_position_past_the_speakers_age() {
    assert_eq!(
        quotes("report_by_position_past_age"),
        [
            pair("I apologize for being late,", "Wofford"),
            pair("I was stuck behind a cattle truck on Route 225.", "Wofford"),
        ]
    );
}

#[test]
fn a_musicians_job_before_a_name_is_its_title() {
    // "Vocalist" is no word of the name, so "Min" opens it.
    assert_eq!(
        quotes("musician_title_before_name"),
        [pair(
            "My hands were shaking for the whole first verse,",
            "Min Ha-jin"
        )]
    );
}

#[test]
fn a_party_and_a_title_before_for_after_the_are_an_office_no_name() {
    assert_eq!(
        quotes("party_office_after_the_is_no_name"),
        [pair(
            "a self-indulgent lecture from a man who has just been handed a golden statue",
            "Geoffrey Lankester"
        )]
    );
}

#[test]
fn the_relative_of_someone_late_speaks_not_the_one_who_died() {
    assert_eq!(
        quotes("relative_of_the_late_speaks"),
        [
            pair(
                "deeply uneasy",
                "The daughter of the late playwright Desmond Clemence"
            ),
            // Words said in life stay the person's own.
            pair("Nothing in politics is inevitable.", "John Harrowby"),
        ]
    );
}

#[test]
fn a_participle_after_a_verb_and_by_is_said_by_that_verbs_subject() {
    assert_eq!(
        quotes("participle_after_verb_by"),
        [pair(
            "part-time musician with a full-time publicist.",
            "Darius Orozco-Pell"
        )]
    );
}

#[test]
fn an_asker_named_after_a_description_in_an_asked_by_phrase_is_not_the_pronoun() {
    assert_eq!(
        quotes("asker_apposed_in_opening_phrase"),
        [pair(
            "Every woman should be able to walk home without fear.",
            "Anil Shenbagam"
        )]
    );
}

#[test]
fn an_order_or_a_fraternity_is_a_bodys_word_that_keeps_its_of_phrase() {
    assert_eq!(
        quotes("body_named_order"),
        [pair(
            "stood up for a sworn officer",
            "Fraternal Order of Harbor Officers"
        )]
    );
}

#[test]
fn a_post_nominal_after_a_surname_that_is_also_a_given_name_keeps_the_whole_name() {
    // "Farah" is no word describing "Gordon KC".
    assert_eq!(
        quotes("post_nominal_after_unknown_given_name"),
        [pair(
            "caught up in something he did not understand",
            "Farah Gordon"
        )]
    );
}

#[test]
fn a_headline_quote_with_no_speaker_of_its_own_takes_the_speaker_who_says_it_below() {
    assert_eq!(
        quotes("headline_quote_without_cue_repeated_below"),
        [
            pair("Nobody here is a villain", "Kahu Rangitane"),
            pair("Nobody here is a villain,", "Kahu Rangitane")
        ]
    );
}

#[test]
fn a_headline_quote_that_nobody_says_below_is_left_out() {
    assert_eq!(
        quotes("headline_quote_without_cue_not_repeated_below"),
        [pair("an insult", "Kahu Rangitane")]
    );
}

#[test]
fn an_inverted_cue_after_a_quote_that_follows_a_slogan_names_the_quotes_speaker() {
    assert_eq!(
        quotes("inverted_cue_after_a_slogan_and_a_quote").last(),
        Some(&pair(
            "We have given this port our whole lives,",
            "Tomasz Wierzbicki"
        ))
    );
}

#[test]
fn an_of_phrase_naming_a_body_past_where_it_is_based_leaves_the_person_as_subject() {
    assert_eq!(
        quotes("person_of_placed_body"),
        [pair("Nobody is cancelling yet,", "Aarav Menon")]
    );
}

#[test]
fn her_honour_is_the_judge_named_before_as_a_pronoun_would_be() {
    assert_eq!(
        quotes("her_honour_said"),
        [
            pair(
                "The council ignored its own advice for six years,",
                "Rosalind Kerrigan"
            ),
            pair("That cannot be called an oversight.", "Rosalind Kerrigan")
        ]
    );
}
