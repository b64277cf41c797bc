//! Descriptions that stand for a person named before ("the minister"
//! after "Finance Minister Kofi Ansah-Mensah"): the quote keeps the
//! description as its speaker and names the person as its referent.

mod common;

/// (quoted text, speaker name, referent name) of every quote whosaid
/// finds in a pattern fixture.
fn referents(name: &str) -> Vec<(String, Option<String>, Option<String>)> {
    common::each_quote(name, |text, doc, q| {
        (
            q.text(text).to_string(),
            doc.speaker_of(q).map(|s| s.name.clone()),
            doc.referent_of(q).map(|s| s.name.clone()),
        )
    })
}

fn row(q: &str, s: &str, r: Option<&str>) -> (String, Option<String>, Option<String>) {
    (q.to_string(), Some(s.to_string()), r.map(str::to_string))
}

#[test]
fn a_description_stands_for_the_person_whose_title_holds_its_head() {
    assert_eq!(
        referents("referent_by_title"),
        [
            row(
                "The worst is behind us,",
                "the minister",
                Some("Kofi Ansah-Mensah")
            ),
            // "he" takes up the named minister himself.
            row("We will not raise taxes,", "Kofi Ansah-Mensah", None),
        ]
    );
}

#[test]
fn a_description_stands_for_the_person_whose_appositive_holds_its_head() {
    assert_eq!(
        referents("referent_by_appositive"),
        [row(
            "We have shared the evidence,",
            "the spokesperson",
            Some("Ayesha Farooqui")
        )]
    );
}

#[test]
fn every_modifier_of_the_description_must_describe_the_person() {
    assert_eq!(
        referents("referent_by_modifiers"),
        [
            row(
                "We agreed on the plan,",
                "the vice president",
                Some("Tomas Reyes")
            ),
            row("It is a fair deal,", "the president", Some("Maria Ortiz")),
        ]
    );
}

#[test]
fn a_description_with_no_person_described_so_has_no_referent() {
    assert_eq!(
        referents("referent_needs_a_description"),
        [row("Nobody was hurt.", "the mayor", None)]
    );
}

#[test]
fn an_abbreviated_title_or_a_relative_in_apposition_describes_the_person() {
    assert_eq!(
        referents("referent_by_abbreviated_title"),
        [
            row(
                "Campaigns have seasons,",
                "the governor",
                Some("Nathan Brill")
            ),
            row("We will not sell,", "her husband", Some("Tom Harwick")),
        ]
    );
}

#[test]
fn of_two_people_so_described_the_subject_is_the_referent() {
    assert_eq!(
        referents("referent_prefers_subject"),
        [row(
            "treats hospitals as a line item.",
            "The minister",
            Some("Kofi Mensah")
        )]
    );
}

#[test]
fn a_synonym_of_the_title_describes_the_person() {
    assert_eq!(
        referents("referent_by_synonym"),
        [row(
            "That was never a penalty,",
            "the skipper",
            Some("Rhys Pemberton")
        )]
    );
}

#[test]
fn a_description_of_a_body_stands_for_the_organisation_that_spoke_last() {
    assert_eq!(
        referents("referent_body"),
        [row("We are pleased,", "the company", Some("Acme Corp."))]
    );
}

#[test]
fn an_epithet_stands_for_the_named_subject_of_the_sentence_before() {
    assert_eq!(
        referents("epithet_for_the_subject_just_named"),
        [
            row(
                "We were poor last week and I told them so,",
                "the 58-year-old",
                Some("Gordon Faulds")
            ),
            row(
                "I just closed my eyes and hit it,",
                "the Nigerian",
                Some("Tunde Okonjo")
            ),
            // A credit line is no sentence about anyone.
            row("It was a night to remember,", "the 24-year-old", None),
        ]
    );
}

#[test]
fn a_role_noun_outside_the_word_lists_stands_for_the_person_it_described() {
    assert_eq!(
        referents("referent_by_unlisted_role_noun"),
        [row(
            "We are sorry for every family we failed,",
            "the administrator",
            Some("Helen Vasquez-Ward")
        )]
    );
}

#[test]
fn a_state_and_a_party_stand_for_the_member_just_named() {
    // The party tag "D-Ore." names no one; "told" is Whitcomb's verb.
    assert_eq!(
        referents("referent_state_and_party"),
        [row(
            "We will rebuild every bridge,",
            "Oregon Democrat",
            Some("Dana Whitcomb")
        )]
    );
}

#[test]
fn an_age_before_a_noun_for_a_person_stands_for_the_person_just_named() {
    assert_eq!(
        referents("referent_age_and_noun"),
        [row(
            "Nobody thought I would walk away,",
            "the 41-year-old actress",
            Some("Lena Ardito")
        )]
    );
}

#[test]
fn nouns_for_people_in_aire_and_ee_stand_for_the_person_they_described() {
    assert_eq!(
        referents("referent_billionaire"),
        [row(
            "asleep for thirty years.",
            "the billionaire",
            Some("Ottoline Graves")
        )]
    );
    assert_eq!(
        referents("referent_trainee"),
        [row(
            "I learn something every day,",
            "the trainee",
            Some("Petra Lund")
        )]
    );
}

#[test]
fn the_utility_stands_for_the_company_that_spoke_before() {
    assert_eq!(
        referents("referent_utility"),
        [row(
            "Crews will work through the weekend,",
            "the utility",
            Some("Coastal Power Inc.")
        )]
    );
}

#[test]
fn the_company_finds_the_company_that_spoke_three_paragraphs_back() {
    assert_eq!(
        referents("referent_company_paragraphs_back"),
        [row(
            "rethink its pricing.",
            "The company",
            Some("Marlow Foods Inc")
        )]
    );
}

#[test]
fn a_body_named_for_another_kind_of_body_is_not_the_hospital() {
    // The Ohio Nurses Association spoke, but it is no hospital; the
    // medical center the nurses work at is.
    assert_eq!(
        referents("referent_body_of_another_kind"),
        [row(
            "Patients come first,",
            "the hospital",
            Some("St. Agnes Medical Center")
        )]
    );
}

#[test]
fn the_company_stands_for_the_body_its_sentence_opened_with() {
    // The company has not spoken before: it is the subject the sentence
    // opened with.
    assert_eq!(
        referents("referent_body_opening_the_sentence"),
        [row(
            "weak demand for shipping.",
            "the company",
            Some("Harbor Freight Lines Inc.")
        )]
    );
}

#[test]
fn an_indefinite_description_in_the_lede_stands_for_the_person_named_next_with_its_noun() {
    assert_eq!(
        referents("referent_named_after_the_lede"),
        [
            row(
                "cutting corners for years.",
                "A state health inspector",
                Some("Carla Menzies")
            ),
            row("We found the same violations twice,", "Carla Menzies", None),
        ]
    );
}

#[test]
fn a_description_finds_its_person_five_paragraphs_back() {
    assert_eq!(
        referents("referent_five_paragraphs_back"),
        [row(
            "I never thought I would be back here,",
            "the former mayor",
            Some("Rosa Quinlan")
        )]
    );
}

#[test]
fn a_state_before_a_title_may_be_given_after_the_name_or_in_its_party_tag() {
    // "Sen. Lydia Farrow of Maine" is "the Maine senator"; "Sen. Walter
    // Greaves (R-Texas)" is "the Texas senator".
    assert_eq!(
        referents("referent_state_given_after_the_name"),
        [
            row(
                "We will win this fight for the dairy towns,",
                "the Maine senator",
                Some("Lydia Farrow")
            ),
            row(
                "Washington has forgotten these people,",
                "the Texas senator",
                Some("Walter Greaves")
            ),
        ]
    );
}

#[test]
fn a_role_in_the_headline_stands_for_the_person_named_with_it_below() {
    // "Mayor Says …" then "Mayor Ruth Calder told reporters": the
    // headline's mayor is Ruth Calder.
    assert_eq!(
        referents("headline_role_stands_for_person_named_after"),
        [
            row("Fully Balanced", "Mayor", Some("Ruth Calder")),
            row("fully balanced", "Ruth Calder", None),
        ]
    );
}

#[test]
fn a_description_opened_by_a_possessive_place_stands_for_the_person_named_next() {
    // "Mexico's economy minister said …" then "Economy Minister Ignacio
    // Barragán-Ortiz told reporters".
    assert_eq!(
        referents("possessive_description_named_next"),
        [
            row(
                "immediately and proportionately",
                "Mexico's economy minister",
                Some("Ignacio Barragán-Ortiz")
            ),
            row(
                "Mexico will not negotiate under threat,",
                "Ignacio Barragán-Ortiz",
                None
            ),
        ]
    );
}

#[test]
fn an_age_before_a_role_may_be_given_in_the_appositive_of_the_titled_name() {
    // "coach Gary Lindqvist, 61," is "the 61-year-old coach", not the
    // guard named last.
    assert_eq!(
        referents("referent_age_and_role"),
        [
            row("I was set,", "Tim Pryor", None),
            row(
                "We have been on the wrong end of a lot of these,",
                "the 61-year-old coach",
                Some("Gary Lindqvist")
            ),
        ]
    );
}

#[test]
fn an_epithet_stands_for_a_subject_named_with_a_place_after_of() {
    assert_eq!(
        referents("epithet_after_name_with_place"),
        [row(
            "Put the cap in and the bill is dead,",
            "Nebraska Republican",
            Some("Mirela Stanek")
        )]
    );
}

#[test]
fn an_epithet_may_give_a_place_of_several_words_before_the_party() {
    assert_eq!(
        referents("epithet_with_place_of_two_words"),
        [row(
            "Somebody always pays,",
            "Cedar Rapids Democrat",
            Some("Curtis Oyelaran")
        )]
    );
}

#[test]
fn a_title_joined_by_of_gives_its_head_to_a_description() {
    // "State" after "of" is part of the title, not the verb "state".
    assert_eq!(
        referents("title_joined_by_of"),
        [row(
            "I count ballots; I do not pick winners,",
            "the secretary",
            Some("Odell Prewitt")
        )]
    );
}

#[test]
fn a_title_joined_by_for_gives_its_head_to_a_description() {
    assert_eq!(
        referents("title_joined_by_for"),
        [row(
            "Nobody should wait nine years for a front door,",
            "the minister",
            Some("Aoife Brennock")
        )]
    );
}

#[test]
fn an_age_epithet_may_put_a_word_between_the_age_and_its_noun() {
    assert_eq!(
        referents("age_epithet_with_modifier"),
        [row(
            "I have paid rent here since 1981,",
            "the 79-year-old retired nurse",
            Some("Winifred Alcorn")
        )]
    );
}

#[test]
fn the_company_stands_for_the_body_named_just_before_after_a_preposition() {
    assert_eq!(
        referents("body_named_after_a_preposition"),
        [row(
            "A mild November left our warehouses full,",
            "the company",
            Some("Brackenridge Mills Co.")
        )]
    );
}

#[test]
fn a_title_in_capitals_is_no_body_for_the_company_to_stand_for() {
    // "CEO warns" in the headline names no organisation.
    assert_eq!(
        referents("title_in_capitals_is_no_body"),
        [row(
            "Nobody buys soup when it is 70 degrees,",
            "the company",
            Some("Quillane Foods Inc.")
        )]
    );
}

#[test]
fn the_campaign_does_not_stand_for_a_body_named_as_a_modifier_of_another_kind() {
    // "Democratic House" modifies "candidates" and is no campaign.
    assert_eq!(
        referents("body_noun_not_in_a_modifier_name"),
        [row(
            "He is a partisan operative with a law degree,",
            "the campaign",
            None
        )]
    );
}

#[test]
fn a_title_in_capitals_in_the_headline_stands_for_the_person_given_it_below() {
    assert_eq!(
        referents("headline_title_in_capitals"),
        [row("grew too fast", "CEO", Some("Ravindra Okafor-Lund"))]
    );
}

#[test]
fn a_description_opened_by_its_stands_for_the_person_named_next_with_its_head() {
    assert_eq!(
        referents("its_description_named_next"),
        [row(
            "long, cold winter.",
            "its chief executive",
            Some("Marguerite Oyelowo-Hart")
        )]
    );
}

#[test]
fn her_husband_stands_for_the_other_of_a_couple_named_by_given_names() {
    assert_eq!(
        referents("spouse_in_a_couple"),
        [
            row(
                "It sounded like gunshots all night long,",
                "Beatrice Ashgrove-Lyle",
                None
            ),
            row(
                "Forty years that tree stood there,",
                "Her husband",
                Some("Cornelius Ashgrove-Lyle")
            ),
        ]
    );
}

#[test]
fn the_company_does_not_stand_for_the_outlet_a_statement_was_sent_to() {
    assert_eq!(
        referents("body_written_to_is_not_the_company"),
        [row(
            "keep working with residents on noise.",
            "The company",
            None
        )]
    );
}

#[test]
fn an_epithet_reaches_past_a_paragraph_that_names_no_one() {
    assert_eq!(
        referents("epithet_after_a_pronoun_paragraph"),
        [row(
            "I have been a police officer all my life,",
            "the 49-year-old",
            Some("Dorian Quaye")
        )]
    );
}

#[test]
fn an_epithet_passes_over_a_team_named_as_a_subject() {
    assert_eq!(
        referents("epithet_past_a_team_subject"),
        [row(
            "We have been on the wrong end of a lot of these,",
            "the 47-year-old coach",
            Some("Maren Toivonen")
        )]
    );
}

#[test]
fn a_name_after_defending_champion_is_a_subject_for_an_epithet() {
    assert_eq!(
        referents("epithet_for_a_champion"),
        [row(
            "When he went, I thought I could bring him back,",
            "the Dane",
            Some("Lars Kvistgaard")
        )]
    );
}

#[test]
fn a_description_in_the_lede_finds_the_person_named_three_paragraphs_on() {
    assert_eq!(
        referents("description_named_three_paragraphs_on"),
        [row(
            "bumpy",
            "its chief executive",
            Some("Ingrid Vasquez-Aalto")
        )]
    );
}

#[test]
fn a_party_tag_with_a_state_abbreviation_gives_party_and_state_to_an_epithet() {
    assert_eq!(
        referents("epithet_from_a_party_tag"),
        [
            row(
                "That is not a coincidence,",
                "Colorado Republican",
                Some("Hollis Gandry")
            ),
            row(
                "It is a donation, and it was legal,",
                "Maryland Democrat",
                Some("Sheila Marwood")
            ),
        ]
    );
}

#[test]
fn a_district_speaks_as_a_body_and_stands_for_no_person() {
    assert_eq!(
        referents("district_as_speaker"),
        [
            row("resting comfortably.", "The fire district", None),
            row("transition teams", "the district", None),
        ]
    );
}

#[test]
fn the_statement_stands_for_the_one_who_spoke_in_a_statement() {
    assert_eq!(
        referents("statement_stands_for_its_sender"),
        [row(
            "We regret the union's decision and remain open to dialogue,",
            "the statement",
            Some("Tolvane Mining")
        )]
    );
}

#[test]
fn the_description_after_an_unnamed_one_with_its_head_takes_it_up() {
    assert_eq!(
        referents("definite_after_unnamed_indefinite"),
        [
            row("no appetite", "One GOP senator", None),
            row(
                "Roy can say whatever he wants on TV,",
                "the senator",
                Some("One GOP senator")
            ),
        ]
    );
}

#[test]
fn an_age_before_a_party_makes_an_epithet_for_the_named_subject() {
    assert_eq!(
        referents("aged_party_epithet").last().cloned(),
        Some(row(
            "He can call me professor if he wants,",
            "the 64-year-old Democrat",
            Some("Leonard Okwuosa")
        ))
    );
}

#[test]
fn the_statement_of_a_description_stands_for_the_person_it_describes() {
    assert_eq!(
        referents("statement_of_a_described_sender").last().cloned(),
        Some(row(
            "This order is about protecting Americans, nothing more,",
            "the statement",
            Some("Wendell Ashcombe")
        ))
    );
}

#[test]
fn a_bare_role_in_a_sentence_case_headline_speaks_and_stands_for_the_person_below() {
    assert_eq!(
        referents("headline_bare_role"),
        [row(
            "impossible choices",
            "leader",
            Some("Hester Oyelaran-Voss")
        )]
    );
}

#[test]
fn a_pronoun_after_a_linked_description_subject_names_its_person() {
    // "the Briton laughed. “…,” she said": the pronoun takes up the
    // epithet subject of the sentence before, which stands for the person
    // the earlier "The Briton" was linked to; the speaker names her.
    assert_eq!(
        referents("description_linked_before_keeps_its_referent"),
        [
            row(
                "the best it has been all year.",
                "The Briton",
                Some("Imogen Threlkeld")
            ),
            row("Ask me on Monday,", "Imogen Threlkeld", None),
        ]
    );
}

#[test]
fn an_epithet_stands_for_whom_it_stood_for_where_it_opened_a_sentence_before() {
    assert_eq!(
        referents("epithet_used_before").last().cloned(),
        Some(row(
            "Not in Paris, not in a quarter-final,",
            "the Pole",
            Some("Tomasz Wierzbicki-Hale")
        ))
    );
}

#[test]
fn coroners_and_umpires_are_titles_a_description_takes_up() {
    assert_eq!(
        referents("officials_of_courts_and_games"),
        [
            row(
                "The defect had been reported four times,",
                "the coroner",
                Some("Philippa Enderby-Rowe")
            ),
            row(
                "Code violation, racket abuse,",
                "the umpire",
                Some("Malin Sørbø-Krantz")
            ),
        ]
    );
}

#[test]
fn a_description_that_is_says_of_a_name_stands_for_it_and_a_pronoun_after_it_is_that_person() {
    assert_eq!(
        referents("copula_description_and_pronoun"),
        [
            row(
                "too frightened to say no.",
                "The witness",
                Some("Dermot Ashgrove-Kell")
            ),
            row("He made all the decisions,", "Dermot Ashgrove-Kell", None),
        ]
    );
}

#[test]
fn a_former_holder_of_an_office_is_not_the_holder_a_description_of_it_stands_for() {
    assert_eq!(
        referents("former_office_is_not_the_office"),
        [row(
            "This budget will be remembered for what it built,",
            "the governor",
            Some("Harlan Teague")
        )]
    );
}

#[test]
fn the_judge_stands_for_a_person_titled_justice() {
    assert_eq!(
        referents("justice_is_a_judge").last().cloned(),
        Some(row("clearly heartfelt", "Órlaith Ní Bhraonáin", None))
    );
}

#[test]
fn a_headline_role_after_a_team_stands_for_the_person_given_that_role_below() {
    assert_eq!(
        referents("headline_role_after_team").first().cloned(),
        Some(row(
            "inexplicable",
            "Wanderers coach",
            Some("Tobias Engelbrecht-Moyo")
        ))
    );
}

#[test]
fn a_full_name_first_given_in_the_possessive_is_the_one_an_epithet_stands_for() {
    assert_eq!(
        referents("possessive_full_name_plain").last().cloned(),
        Some(row(
            "I've been called worse by better,",
            "the 68-year-old",
            Some("Thorvald Brinkerhoff")
        ))
    );
}

#[test]
fn an_abbreviated_title_in_a_headline_stands_for_the_person_so_titled_below() {
    assert_eq!(
        referents("headline_abbreviated_role").first().cloned(),
        Some(row(
            "Less Paperwork",
            "GOP Rep",
            Some("Marisol Oyelaran-Pike")
        ))
    );
}

#[test]
fn a_former_office_no_one_was_given_stands_for_the_person_just_named() {
    assert_eq!(
        referents("former_office_no_one_was_given").last().cloned(),
        Some(row(
            "We are a nation of immigrants,",
            "the former secretary of state",
            Some("Eleanor Whitmarsh-Dube")
        ))
    );
}

#[test]
fn this_person_takes_up_the_unnamed_source_introduced_just_before() {
    assert_eq!(
        referents("this_person_takes_up_source").last().cloned(),
        Some(row(
            "He's bored. You can see it at the events,",
            "this person",
            Some("A second adviser")
        ))
    );
}

#[test]
fn a_nationality_and_a_noun_for_a_person_stand_for_the_subject_just_named() {
    assert_eq!(
        referents("place_epithet_for_subject"),
        [row(
            "If that goes in, it is a different game,",
            "the Norwegian midfielder",
            Some("Anders Thorvik")
        )]
    );
}

#[test]
fn a_nickname_in_marks_joins_a_given_name_the_list_does_not_know() {
    assert_eq!(
        referents("nickname_unknown_given_name"),
        [row(
            "We let it slip,",
            "the 29-year-old hooker",
            Some("Tamatea Rewiti")
        )]
    );
}

#[test]
fn a_name_after_the_preposition_of_an_opening_phrase_is_no_apposition_of_the_subject() {
    assert_eq!(
        referents("object_of_opening_phrase"),
        [
            row("misery out of all proportion.", "Philippa Ardmore", None),
            row(
                "I accept that you played a lesser role.",
                "the judge",
                Some("Philippa Ardmore")
            ),
        ]
    );
}

#[test]
fn a_nationality_and_a_sport_noun_stand_for_the_athlete_just_named() {
    assert_eq!(
        referents("sport_person_nouns"),
        [row(
            "I have never suffered like that on a bike,",
            "the Dutch cyclist",
            Some("Anneke Roelofs")
        )]
    );
}

#[test]
fn the_company_or_the_carrier_stands_for_a_firm_named_with_an_ampersand_or_after_its_noun() {
    assert_eq!(
        referents("body_named_after_its_noun"),
        [
            row("materially below", "The company", Some("Marrowby & Finch")),
            row(
                "The waiting times have become untenable,",
                "the carrier",
                Some("Vestkyst Line")
            ),
        ]
    );
}

#[test]
fn a_statement_stands_for_the_body_that_sent_a_written_response_or_reported_just_before() {
    assert_eq!(
        referents("statement_after_written_response")
            .into_iter()
            .filter(|(_, s, _)| s.as_deref().is_some_and(|s| s.ends_with("statement")))
            .collect::<Vec<_>>(),
        [
            row(
                "The company remains open to dialogue with all stakeholders,",
                "the statement",
                Some("Tirtamas Pratama")
            ),
            row(
                "The council recognises the contribution the festival has made,",
                "a statement",
                Some("Heritage Council")
            ),
        ]
    );
}

#[test]
fn a_quote_with_no_mention_of_its_own_takes_the_referent_of_the_event_that_gave_its_speaker() {
    assert_eq!(
        referents("referent_for_quote_without_mention")
            .last()
            .cloned(),
        Some(row(
            "Pipelines are a 20th-century answer to a 21st-century question.",
            "Oregon Democrat",
            Some("Delphine Harrowmere")
        ))
    );
}

#[test]
fn a_world_ranking_stands_for_the_player_the_text_is_about() {
    assert_eq!(
        referents("world_ranking_epithet"),
        [
            row(
                "I just tried to stay calm and play my own game,",
                "the world No 31",
                Some("Anna Kowalczyk")
            ),
            row(
                "It was a long match and my legs were gone by the end.",
                "the world No 31",
                Some("Anna Kowalczyk")
            ),
        ]
    );
}

#[test]
fn a_headline_role_for_a_former_office_stands_for_the_person_given_it_after_an_age() {
    assert_eq!(
        referents("headline_role_with_age_and_former"),
        [row(
            "on a napkin",
            "Ex-biotech director",
            Some("Leonard Asquith")
        )]
    );
}

#[test]
fn the_company_stands_for_a_name_of_no_known_person_that_spoke_in_a_statement() {
    assert_eq!(
        referents("company_statement_unknown_name").last().cloned(),
        Some(row(
            "We regret the union's decision and remain available for dialogue at any time,",
            "the company",
            Some("Minera Cordillera Sur")
        ))
    );
}

#[test]
fn a_lower_case_noun_before_a_title_is_a_modifier_a_later_description_may_repeat() {
    assert_eq!(
        referents("lower_case_title_modifier").last().cloned(),
        Some(row(
            "as long as it takes.",
            "the union leader",
            Some("Héctor Quilodrán")
        ))
    );
}

#[test]
fn a_document_stands_for_its_author_the_sender_or_the_party_that_sued() {
    assert_eq!(
        referents("document_authors")[1..],
        [
            row(
                "at least six months' pay",
                "The memo",
                Some("Annika Søderholm")
            ),
            row(
                "All reconciliations are current,",
                "the email",
                Some("Dale Pruett")
            ),
            row(
                "Orvane did not build its competing product; it took it,",
                "the complaint",
                Some("Tessaract Medical Inc.")
            ),
        ]
    );
}

#[test]
fn an_aged_description_stands_for_the_one_person_given_the_rest_of_it() {
    assert_eq!(
        referents("aged_description_of_a_titled_object")
            .last()
            .cloned(),
        Some(row(
            "It's my first goal at home this season, so I dedicate it to the fans,",
            "the 23-year-old striker",
            Some("Sadiq Bello")
        ))
    );
}

#[test]
fn a_clubman_of_a_place_stands_for_the_player_just_named() {
    assert_eq!(
        referents("clubman_epithet"),
        [row(
            "Ah, look, the frees went over today,",
            "the Ballygunner clubman",
            Some("Darragh Keyes")
        )]
    );
}

#[test]
fn a_body_noun_stands_for_the_name_it_followed_before() {
    assert_eq!(
        referents("body_named_before_its_noun"),
        [row(
            "We fought for this hospital to be built and we will fight to keep it.",
            "the group",
            Some("Lakeland Hospital Action")
        )]
    );
}

#[test]
fn the_union_stands_for_an_association_named_before() {
    assert_eq!(
        referents("body_named_by_another_word"),
        [row(
            "given teachers back the first ten minutes of every class.",
            "the union",
            Some("Harlow Education Association")
        )]
    );
}

#[test]
fn the_agency_stands_for_a_body_opening_the_paragraph_before_not_a_name_that_issued_a_statement() {
    assert_eq!(
        referents("agency_opened_sentence_before_company_statement"),
        [row(
            "Additional severe storms, including a few tornadoes, are possible Monday,",
            "the agency",
            Some("Storm Prediction Center")
        )]
    );
}

#[test]
fn the_agency_stands_for_a_body_opening_its_own_paragraph_over_one_that_spoke_before() {
    assert_eq!(
        referents("agency_opening_own_paragraph").last().cloned(),
        Some(row(
            "CBP continues to work with state and local partners,",
            "the agency",
            Some("U.S. Customs and Border Protection")
        ))
    );
}

#[test]
fn a_long_appositive_with_a_capitalised_verb_form_gives_the_head_of_a_later_description() {
    assert_eq!(
        referents("long_appositive_with_states").last().cloned(),
        Some(row(
            "This is not a negotiation for us,",
            "the 54-year-old envoy",
            Some("Tevita Fonua-Latu")
        ))
    );
}

#[test]
fn an_epithet_stands_for_the_description_subject_before_it_past_a_relative_clause() {
    assert_eq!(
        referents("epithet_after_subject_with_relative_clause"),
        [
            row("a fantasy", "Mark Osgood", None),
            row("It will never be built,", "Mark Osgood", None),
            row(
                "I’d rather be right than popular,",
                "the 59-year-old",
                Some("Dana Whitfield")
            ),
        ]
    );
}

#[test]
fn an_epithet_stands_for_the_description_subject_before_it_past_an_appositive() {
    assert_eq!(
        referents("epithet_after_subject_with_appositive"),
        [
            row(
                "The state has exhausted every channel,",
                "Walter Huamaní",
                None
            ),
            row(
                "There will be no impunity,",
                "the former general",
                Some("Walter Huamaní")
            ),
        ]
    );
}

#[test]
fn an_epithet_stands_for_a_subject_whose_verb_follows_a_weekday() {
    assert_eq!(
        referents("epithet_after_subject_on_weekday"),
        [row(
            "Families should not have to move every spring,",
            "Democrat",
            Some("Miriam Ashcombe")
        )]
    );
}

#[test]
fn a_place_and_a_title_before_a_headline_verb_describe_the_person_the_lede_names() {
    assert_eq!(
        referents("headline_place_and_title_subject"),
        [row(
            "a gift to the pit owners",
            "Nevada governor",
            Some("Lorraine Petrakis")
        )]
    );
}

#[test]
fn a_report_stands_for_the_body_that_released_it() {
    assert_eq!(
        referents("report_published_by_its_author"),
        [row(
            "36 hours or more",
            "the report",
            Some("Tarrow County Auditor's Office")
        )]
    );
}

#[test]
fn a_description_of_a_kind_of_body_stands_for_the_one_body_of_that_kind_named_before() {
    assert_eq!(
        referents("body_of_a_kind_named_long_before"),
        [
            row(
                "Some of them have not seen a doctor in ten years,",
                "Odalys Ferreira",
                None
            ),
            row(
                "actively exploring",
                "The foundation",
                Some("Tallow Creek Health Fund")
            ),
        ]
    );
}

#[test]
fn a_statement_of_a_described_body_stands_for_the_body() {
    assert_eq!(
        referents("statement_of_a_described_body"),
        [
            row("We simply do not have the volume,", "Ingrid Solberg", None),
            row(
                "Bramwell Valley remains committed to every family in the valley,",
                "the statement",
                Some("Bramwell Valley Medical Center")
            ),
        ]
    );
}

#[test]
fn a_name_ending_in_management_is_a_bodys() {
    assert_eq!(
        referents("agency_named_management"),
        [row(
            "Please stay off the roads and let crews work,",
            "the agency",
            Some("Kearny County Emergency Management")
        )]
    );
}

#[test]
fn a_description_apposed_before_a_title_of_address_describes_the_name() {
    assert_eq!(
        referents("referent_apposed_before_title_of_address"),
        [
            row("premature", "Chiamaka Obiora", None),
            row(
                "We have shown good faith throughout,",
                "the minister",
                Some("Chiamaka Obiora")
            ),
        ]
    );
}

#[test]
fn a_letter_not_named_before_stands_for_the_person_who_wrote_just_before() {
    assert_eq!(
        referents("letter_of_the_last_writer"),
        [row(
            "Protracted delays erode public confidence in the courts,",
            "the letter",
            Some("Nomsa Khumalo")
        )]
    );
}

#[test]
fn a_submission_stands_for_the_body_that_made_it() {
    assert_eq!(
        referents("submission_of_its_author"),
        [
            row("no other buyer", "Queensland Cane Growers Guild", None),
            row(
                "A grower who says no to one mill has halved the market overnight,",
                "the submission",
                Some("Queensland Cane Growers Guild")
            ),
        ]
    );
}

#[test]
fn the_brokerage_stands_for_the_firm_that_spoke_before() {
    assert_eq!(
        referents("brokerage_takes_up_the_firm"),
        [
            row(
                "hawkish in deed, dovish in word",
                "Malabar Capital Markets",
                None
            ),
            row(
                "The central bank has bought itself time,",
                "the brokerage",
                Some("Malabar Capital Markets")
            ),
        ]
    );
}

#[test]
fn the_company_stands_for_a_company_called_by_its_first_word_not_an_analysts_firm() {
    assert_eq!(
        referents("company_by_first_word_opening_the_paragraph"),
        [
            row(
                "Are there stores you would rather not have?",
                "Ewan Rudd",
                None
            ),
            row("Every retailer has a few,", "Marta Lindqvist", None),
            row(
                "confident in our strategy",
                "the company",
                Some("Halvorsen Outfitters")
            ),
        ]
    );
}

#[test]
fn the_statement_stands_for_the_sender_of_a_communique_named_where_its_sentence_opens() {
    assert_eq!(
        referents("statement_named_at_sentence_start"),
        [
            row(
                "a meeting of those who take orders from abroad",
                "the Nigerien government",
                None
            ),
            row(
                "Our peoples have made their choice freely and for good,",
                "the statement",
                Some("the Nigerien government")
            ),
        ]
    );
}

#[test]
fn a_document_stands_for_the_subject_of_the_verb_that_sent_it() {
    assert_eq!(
        referents("document_sent_by_the_sentence_subject"),
        [row(
            "Friend, let me be blunt: we can win this,",
            "the email",
            Some("The Harwell campaign")
        )]
    );
}

#[test]
fn an_epithet_stands_for_a_description_subject_after_a_long_opening_phrase() {
    assert_eq!(
        referents("epithet_after_subject_past_long_opening_phrase"),
        [
            row("People deserve a full explanation,", "Dorian Pell", None),
            row(
                "This was a failure,",
                "the 52-year-old",
                Some("Marguerite Oyelaran")
            ),
        ]
    );
}

#[test]
fn a_title_of_a_body_opening_the_lede_stands_for_the_person_named_after_it() {
    assert_eq!(
        referents("lede_title_of_a_body_named_later"),
        [row(
            "got it badly wrong",
            "The head of the Revenue Agency",
            Some("Ottilie Brannagh")
        )]
    );
}

#[test]
fn a_place_before_a_title_in_capitals_describes_the_person_the_text_is_about() {
    assert_eq!(
        referents("place_before_title_in_capitals"),
        [
            row("sleepwalking", "Orla Ní Dhubhghaill", None),
            row(
                "Every week I meet families with nowhere to go,",
                "the Cork North-Central TD",
                Some("Orla Ní Dhubhghaill")
            ),
        ]
    );
}

#[test]
fn a_height_epithet_stands_for_the_person_the_text_is_about() {
    assert_eq!(
        referents("height_epithet"),
        [row(
            "I’m not going to complain about the refs,",
            "the 7-footer",
            Some("Bogdan Ilinca")
        )]
    );
}

#[test]
fn an_indefinite_description_opening_the_text_stands_for_the_person_named_far_on() {
    assert_eq!(
        referents("lede_indefinite_named_far_on"),
        [row(
            "the choice that turned a tragedy into a crime.",
            "A Pierce County Superior Court judge",
            Some("Annika Sollberger")
        )]
    );
}

#[test]
fn a_name_after_an_article_and_adjectives_is_the_subject_an_epithet_takes_up() {
    assert_eq!(
        referents("name_after_article_and_adjectives_is_subject"),
        [
            row("a miracle of patience", "Tomasz Wierzbicki", None),
            row(
                "She never spoke about that winter,",
                "the 47-year-old director",
                Some("Greta Lindqvist-Haas")
            ),
        ]
    );
}

#[test]
fn a_name_after_a_bodys_noun_and_its_adjectives_is_what_the_company_stands_for() {
    assert_eq!(
        referents("body_noun_after_adjectives"),
        [row(
            "We are deeply sorry, and we have closed the gap,",
            "the company",
            Some("Larderly")
        )]
    );
}

#[test]
fn a_name_that_which_takes_up_is_a_body_its_first_word_stands_for() {
    assert_eq!(
        referents("body_taken_up_by_which"),
        [row(
            "reflect the lifetime value",
            "the company",
            Some("Tessaly Biotherapeutics")
        )]
    );
}

#[test]
fn a_parent_of_so_many_children_is_an_epithet_for_the_person_just_named() {
    assert_eq!(
        referents("parent_of_so_many_epithet"),
        [row(
            "I want the pipes fixed. I just don’t know how I’m meant to find another $600,",
            "the mother of three",
            Some("Losa Tuilagi")
        )]
    );
}

#[test]
fn an_aged_nun_is_an_epithet_for_the_person_just_named() {
    assert_eq!(
        referents("nun_epithet"),
        [row(
            "Since the crossing closed, nobody leaves and everybody keeps arriving,",
            "the 68-year-old nun",
            Some("Marisol Quintanilla")
        )]
    );
}

#[test]
fn a_description_stands_for_a_name_given_with_a_clergy_style() {
    assert_eq!(
        referents("description_for_a_styled_clergy_name"),
        [
            row(
                "We are not closing churches. We are trying to keep them open,",
                "Aldous Penwarden",
                None
            ),
            row(
                "locally, slowly and with consent",
                "the archbishop",
                Some("Aldous Penwarden")
            ),
        ]
    );
}

#[test]
fn an_epithet_that_replies_is_not_the_one_who_asked() {
    assert_eq!(
        referents("epithet_replying_to_a_question"),
        [
            row("So whose fault is it?", "Kondwani Phiri", None),
            row(
                "I am an engineer, not a judge,",
                "the 56-year-old",
                Some("Chisomo Banda")
            ),
        ]
    );
}

#[test]
fn a_count_of_terms_is_news_like_an_age_in_an_epithet() {
    assert_eq!(
        referents("count_of_terms_epithet"),
        [row(
            "The lobbyists don’t want me there. That’s exactly why you should send me,",
            "the three-term congressman",
            Some("Tavish Ellmore")
        )]
    );
}

#[test]
fn a_pitchers_hand_is_an_epithet_like_an_age() {
    assert_eq!(
        referents("hander_epithet"),
        [row(
            "the best it has been all year.",
            "The right-hander",
            Some("Tomasz Wielgosz")
        )]
    );
}

#[test]
fn where_a_company_is_based_is_no_word_of_its_name() {
    assert_eq!(
        referents("based_is_no_word_of_a_name"),
        [row(
            "We are encouraged by these data,",
            "the company",
            Some("Velmora Therapeutics")
        )]
    );
}

#[test]
fn an_indefinite_description_and_its_place_stand_for_the_person_named_after() {
    assert_eq!(
        referents("indefinite_description_with_place_named_later"),
        [row(
            "a cruel and calculated betrayal",
            "a judge in British Columbia",
            Some("Priya Ramaswamy")
        )]
    );
}

#[test]
fn a_place_and_a_qualified_office_are_an_epithet_for_the_last_named_subject() {
    assert_eq!(
        referents("office_qualifier_epithet"),
        [row(
            "We came here to press them and we pressed them,",
            "the Kestwick head coach",
            Some("Radu Ionescu")
        )]
    );
}

#[test]
fn a_possessive_description_apposed_to_a_name_is_no_unnamed_introduction() {
    assert_eq!(
        referents("possessive_apposed_before_name"),
        [row(
            "I let the lads down and I will tell them so.",
            "the Harrow captain",
            Some("Callum Ortiz-Bell")
        )]
    );
}

#[test]
fn the_last_subject_given_the_head_beats_one_given_only_the_modifiers() {
    assert_eq!(
        referents("head_before_modifiers"),
        [row(
            "Gutted for the fans who travelled.",
            "the Harrow captain",
            Some("Callum Ortiz-Bell")
        )]
    );
}

#[test]
fn a_pronoun_taking_up_a_described_relative_names_the_relative() {
    assert_eq!(
        referents("pronoun_of_a_described_kin"),
        [row(
            "She would read an abstract and announce that it was wrong,",
            "Her husband",
            Some("Tobias Renwick")
        )]
    );
}

#[test]
fn a_nationality_after_the_in_an_appositive_is_no_name_an_epithet_stands_for() {
    assert_eq!(
        referents("nationality_description_is_no_name"),
        [row(
            "I don’t think I did very much wrong,",
            "the 27-year-old",
            Some("Kelsey Wardrop")
        )]
    );
}

#[test]
fn a_statement_stands_for_its_sender_named_in_full_in_a_closing_report() {
    assert_eq!(
        referents("namesake_introduced_as_relative")
            .first()
            .cloned(),
        Some(row(
            "Uncle Lu played his last gig two weeks ago,",
            "the statement",
            Some("Andre Marchetti")
        ))
    );
}

#[test]
fn an_epithet_stands_for_a_person_just_introduced_with_an_appositive() {
    assert_eq!(
        referents("epithet_for_person_introduced_with_appositive"),
        [row(
            "They kept me on video from morning till night,",
            "the 71-year-old",
            Some("Keshav Unnikrishnan")
        )]
    );
}

#[test]
fn a_playing_position_is_an_epithet_for_the_player_just_named() {
    assert_eq!(
        referents("playing_position_epithet"),
        [row(
            "He’s been doing that to me in the back garden since he was six,",
            "the goalkeeper",
            Some("Ross Doyle")
        )]
    );
}

#[test]
fn a_body_whose_name_holds_a_given_name_stands_for_the_company() {
    assert_eq!(
        referents("body_word_plural_after_a_given_name"),
        [row(
            "We are sorry for the disruption, but the safety of passengers comes first,",
            "the company",
            Some("Carrigan Marine Services")
        )]
    );
}

#[test]
fn the_label_stands_for_the_record_company_apposed_to_it() {
    assert_eq!(
        referents("label_for_a_record_company"),
        [row(
            "Elwood was the first artist we ever signed,",
            "the label",
            Some("Grey Heron Records")
        )]
    );
}

#[test]
fn a_body_named_before_which_is_the_one_its_noun_stands_for() {
    assert_eq!(
        referents("body_named_before_which"),
        [row(
            "Our members deserved better than to find out from a press release,",
            "the union",
            Some("Curtain Call Equity")
        )]
    );
}

#[test]
fn an_age_epithet_stands_for_the_subject_named_after_a_hyphen_dateline() {
    assert_eq!(
        referents("epithet_after_a_hyphen_dateline"),
        [row(
            "I came here to win trophies,",
            "the 23-year-old",
            Some("Tiago Mendonça")
        )]
    );
}

#[test]
fn an_epithet_stands_for_the_speaker_named_after_an_inverted_verb() {
    assert_eq!(
        referents("epithet_for_a_speaker_named_after_an_inverted_verb"),
        [
            row(
                "Both sides are at last discussing the same map,",
                "Annelise Vik-Hauge",
                None
            ),
            row(
                "It is a working document, and every line is still in brackets,",
                "the 61-year-old Norwegian diplomat",
                Some("Annelise Vik-Hauge")
            ),
        ]
    );
}

#[test]
fn an_epithet_naming_a_place_stands_for_the_person_from_there() {
    assert_eq!(
        referents("epithet_naming_a_place"),
        [
            row(
                "The margins up there are incredibly thin,",
                "Anders Lindqvist",
                None
            ),
            row(
                "I can feel my toes, which the doctors say is a good sign,",
                "Olivier Desrochers-Lamy",
                None
            ),
        ]
    );
}

#[test]
fn a_body_apposed_after_its_noun_is_the_one_that_noun_stands_for() {
    assert_eq!(
        referents("body_apposed_after_its_noun"),
        [
            row("a steady rise", "KinTrace", None),
            row(
                "Stories like this one are the reason many of our staff joined,",
                "the company",
                Some("KinTrace")
            ),
        ]
    );
}

#[test]
fn the_party_stands_for_a_party_named_a_union() {
    assert_eq!(
        referents("party_named_union"),
        [row(
            "She was the conscience of this party for 40 years,",
            "the party",
            Some("National Renewal Union")
        )]
    );
}

#[test]
fn the_consortium_stands_for_the_consortium_named_before() {
    assert_eq!(
        referents("consortium_named_before"),
        [row(
            "Follow-up of high-priority targets is exactly what this instrument is for,",
            "the consortium",
            Some("Consortium for Radio Astronomy")
        )]
    );
}

#[test]
fn the_museum_stands_for_the_one_body_named_a_museum_before() {
    assert_eq!(
        referents("body_named_far_before_by_its_kind"),
        [row(
            "an active excavation on private land.",
            "The museum",
            Some("National Museum of Prehistory")
        )]
    );
}

#[test]
fn a_bodys_capitalised_word_alone_stands_for_the_body_named_before() {
    assert_eq!(
        referents("capitalised_body_word_alone"),
        [row(
            "to establish facts, not to apportion blame.",
            "Board",
            Some("Northern Boxing Board of Control")
        )]
    );
}

#[test]
fn a_bodys_noun_prefers_the_body_of_its_kind_to_another_that_spoke() {
    assert_eq!(
        referents("company_words_air_and_digital"),
        [
            row("disappointed", "Stonebrook Digital", None),
            row(
                "We are sorry that we let some of our customers down,",
                "the airline",
                Some("Eastwind Air")
            ),
        ]
    );
}

#[test]
fn their_union_stands_for_the_union_the_text_names_just_after() {
    assert_eq!(
        referents("their_union_named_after"),
        [row(
            "the fight of our working lives",
            "their union",
            Some("University Teachers Federation")
        )]
    );
}

#[test]
fn a_places_officer_in_the_lede_stands_for_the_person_named_after() {
    assert_eq!(
        referents("lede_possessive_description_named_after"),
        [
            row(
                "painful choices",
                "the borough’s leader",
                Some("Marjorie Penhallow")
            ),
            row("simply isn’t there", "Marjorie Penhallow", None),
        ]
    );
}

#[test]
fn the_areas_mp_is_a_description_standing_for_the_mp_named_after() {
    assert_eq!(
        referents("capitalised_title_after_a_possessive"),
        [row(
            "dangerous and short-sighted",
            "the area’s MP",
            Some("Rosalind Ashworth-Keane")
        )]
    );
}

#[test]
fn a_subject_described_after_a_colon_dateline_is_taken_up_by_an_epithet() {
    assert_eq!(
        referents("subject_after_a_colon_dateline"),
        [row(
            "I had only one plan - bowl at the stumps and let the pitch do the rest,",
            "the 24-year-old",
            Some("Aniket Kulkarni-Rao")
        )]
    );
}

#[test]
fn last_opening_a_sentence_is_no_name() {
    assert_eq!(
        referents("last_month_opening_a_sentence"),
        [row(
            "These are our grandmothers on these walls,",
            "the letter",
            Some("Eastside Heritage Circle")
        )]
    );
}

#[test]
fn an_epithet_after_a_quote_over_paragraphs_stands_for_its_speaker() {
    assert_eq!(
        referents("epithet_after_a_quote_over_paragraphs"),
        [
            row("We have won nothing yet,", "Adaeze Okafor", None),
            row(
                "The players did what we asked of them for ninety minutes.\n\n“Next week is another test, and a harder one.",
                "Adaeze Okafor",
                None
            ),
            row("a quiet cup of tea", "The 51-year-old", Some("Adaeze Okafor")),
        ]
    );
}

#[test]
fn an_epithet_after_a_report_inverted_to_end_its_sentence_stands_for_the_one_named() {
    assert_eq!(
        referents("epithet_after_an_inverted_report"),
        [
            row(
                "I still enjoy the mornings, and that is the test,",
                "Tadeusz Wronka",
                None
            ),
            row("send the letter", "The 38-year-old", Some("Tadeusz Wronka")),
        ]
    );
}

#[test]
fn a_description_in_an_opening_phrase_before_a_name_is_no_title_of_it() {
    assert_eq!(
        referents("opening_phrase_is_no_title"),
        [row(
            "Hard choices are never welcome, but they are ours to make,",
            "the prime minister",
            Some("Desmond Achterberg")
        )]
    );
}

#[test]
fn an_age_epithet_before_a_bare_quote_says_it_for_the_one_named_before() {
    assert_eq!(
        referents("age_epithet_before_bare_quote"),
        [row(
            "It is fine. I was just bad today.",
            "the 27-year-old",
            Some("Marisol Etxeberria")
        )]
    );
}

#[test]
fn an_affidavit_stands_for_its_author() {
    assert_eq!(
        referents("affidavit_read"),
        [row(
            "I have never met the men who say I paid them,",
            "the affidavit",
            Some("Themba Mokoena")
        )]
    );
}

#[test]
fn her_husband_is_the_man_who_introduced_her_as_his_wife() {
    assert_eq!(
        referents("her_husband_after_his_wife"),
        [row(
            "She’s the stubborn one,",
            "Her husband",
            Some("Alasdair Penhaligon")
        )]
    );
}

#[test]
fn a_former_office_after_an_age_stands_for_the_person_the_text_is_about() {
    assert_eq!(
        referents("age_and_former_epithet"),
        [row(
            "deeply regretted",
            "the 72-year-old former banker",
            Some("Geoffrey Castellane-Moore")
        )]
    );
}

#[test]
fn after_an_age_a_bodys_word_is_a_persons_position() {
    assert_eq!(
        referents("age_epithet_with_a_bodys_word"),
        [
            row(
                "I’ve got a good poker face, but not that good,",
                "Tevita Fonoti-Lale",
                None
            ),
            row(
                "on the phone all night",
                "The 47-year-old former centre",
                Some("Tevita Fonoti-Lale")
            ),
        ]
    );
}

#[test]
fn a_ranking_epithet_before_a_bare_quote_says_it_for_the_one_named_before() {
    assert_eq!(
        referents("ranking_epithet_before_bare_quote"),
        [row(
            "It is one match. I will be sad tonight and then it is finished.",
            "the world No. 1",
            Some("Marisol Etxeberria")
        )]
    );
}

#[test]
fn his_brother_after_the_brother_spoke_is_the_one_who_introduced_him() {
    assert_eq!(
        referents("his_brother_after_the_brother_spoke"),
        [
            row(
                "My son is nine and he wants to be a goalkeeper,",
                "Marek Wierzbicki",
                None
            ),
            row("Mine is six,", "his brother", Some("Tomasz Wierzbicki")),
            row(
                "and he is afraid of the hammer.",
                "his brother",
                Some("Tomasz Wierzbicki")
            ),
        ]
    );
}

#[test]
fn a_relative_a_pronoun_takes_up_names_the_person_introduced_so() {
    assert_eq!(
        referents("relative_taken_up_by_a_pronoun"),
        [row(
            "He’ll be on the pier every morning at six, watching how I dock,",
            "His daughter",
            Some("Liv Fjellheim")
        )]
    );
}

#[test]
fn a_document_stands_for_the_one_its_own_appositive_says_filed_it() {
    assert_eq!(
        referents("document_filed_by_in_its_own_appositive"),
        [
            row(
                "lifted note for note",
                "The complaint",
                Some("Rosalind Achterberg")
            ),
            row(
                "This is not a case about a common chord progression,",
                "The complaint",
                Some("Rosalind Achterberg")
            ),
        ]
    );
}

#[test]
fn a_one_word_name_that_spoke_in_a_statement_on_its_website_is_the_company() {
    assert_eq!(
        referents("one_word_body_in_statement_with_its"),
        [row(
            "We sincerely apologise to all affected customers,",
            "the company",
            Some("Corvantis")
        )]
    );
}

#[test]
fn a_possessive_gives_the_noun_a_description_modifies_its_head_with() {
    assert_eq!(
        referents("possessive_gives_description_modifier"),
        [row(
            "The governing party has never paid for a single bot,",
            "the party spokesman",
            Some("Teodoro Villaseñor")
        )]
    );
}

#[test]
fn it_after_a_report_made_in_a_statement_is_the_one_who_made_it() {
    assert_eq!(
        referents("it_after_report_in_a_statement"),
        [
            row(
                "This law will not survive a constitutional challenge,",
                "the alliance",
                Some("Online Freedom Alliance")
            ),
            row(
                "a censorship regime with a birthday check.",
                "the alliance",
                Some("Online Freedom Alliance")
            ),
        ]
    );
}

#[test]
fn his_mother_stands_for_the_woman_who_introduced_him_as_her_son() {
    assert_eq!(
        referents("parent_of_son_introduced_next_paragraph"),
        [
            row(
                "We do not talk about the prize until it is over,",
                "Tobias Strand-Okafor",
                None
            ),
            row(
                "She will deny it, but she reads every review.",
                "Tobias Strand-Okafor",
                None
            ),
            row(
                "He is exaggerating,",
                "his mother",
                Some("Benedikte Strand-Okafor")
            ),
        ]
    );
}

#[test]
fn a_ledes_description_after_a_dateline_stands_for_the_person_named_to_open_the_next_paragraph() {
    assert_eq!(
        referents("headline_and_lede_description_named_next")[1],
        row(
            "hounded",
            "A television presenter",
            Some("Rosamund Achebe-Laine")
        )
    );
}

#[test]
fn a_headlines_role_stands_for_the_person_the_lede_describes_with_the_same_noun() {
    assert_eq!(
        referents("headline_and_lede_description_named_next")[0],
        row("hounded", "TV presenter", Some("Rosamund Achebe-Laine"))
    );
}

#[test]
fn his_mother_after_an_asked_phrase_is_the_woman_who_introduced_her_son_paragraphs_before() {
    assert_eq!(
        referents("mother_after_asked_phrase_far_from_son").last(),
        Some(&row(
            "A phone that works and a name on a list,",
            "his mother",
            Some("Nadège Bizimana")
        ))
    );
}

#[test]
fn a_possessive_past_the_subjects_relative_clause_gives_its_gender() {
    assert_eq!(
        referents("possessive_past_who_clause_gives_gender"),
        [row(
            "They wanted me to spend the last week of this race talking about a robot,",
            "the 52-year-old",
            Some("Kofi Boateng-Asare")
        )]
    );
}

#[test]
fn a_statement_reporting_before_its_quote_stands_for_who_spoke_in_a_statement_before() {
    assert_eq!(
        referents("statement_added_after_report_in_statement")[1],
        row(
            "Officials have until the end of the month to remove the application.",
            "The statement",
            Some("Arlo Venn")
        )
    );
}

#[test]
fn a_demonym_after_the_is_an_epithet_for_the_person_given_that_nationality() {
    assert_eq!(
        referents("demonym_epithet"),
        [row(
            "I resigned, I shook her hand, and then I went to my room and lay on the floor for an hour,",
            "the Lithuanian",
            Some("Jurgis Bagdonavičius-Rudis")
        )]
    );
}

#[test]
fn a_persons_age_makes_any_noun_an_epithet_but_a_centurys_age_does_not() {
    assert_eq!(
        referents("referent_aged_any_noun"),
        [
            row(
                "Second is not bad. Second is actually tremendous,",
                "the 68-year-old developer",
                Some("Lyle Brenneke")
            ),
            // No person is 130: the drugmaker is the company.
            row("We will recover,", "the 130-year-old drugmaker", None),
        ]
    );
}

#[test]
fn a_subject_from_the_place_after_of_the_is_who_an_epithet_stands_for() {
    assert_eq!(
        referents("referent_subject_of_the_place"),
        [row(
            "controlled",
            "The 30-year-old",
            Some("Maaike Verdonck")
        )]
    );
}

#[test]
fn an_epithet_with_no_one_named_near_stands_for_the_subject_of_the_lede() {
    assert_eq!(
        referents("referent_lede_subject"),
        [
            row("cruel.", "Gertrude Halloway", None),
            row("Do you regret it?", "one journalist", None),
            row(
                "I regret that people were hurt,",
                "the 39-year-old",
                Some("Marek Wyszkowski")
            ),
        ]
    );
}

#[test]
fn an_epithet_whose_clause_says_her_does_not_stand_for_a_male_lede_subject() {
    assert_eq!(
        referents("referent_lede_subject_other_gender"),
        [
            row("Do you regret it?", "one journalist", None),
            row("I regret nothing,", "the 44-year-old", None),
        ]
    );
}

#[test]
fn a_company_description_with_no_body_named_near_stands_for_the_headlines_company() {
    assert_eq!(
        referents("referent_company_of_the_headline"),
        [row(
            "as many colleagues as possible",
            "the company",
            Some("Pennywhistle")
        )]
    );
}

#[test]
fn the_headlines_first_word_the_body_names_decides_which_company_the_text_is_about() {
    // Garrowby is never said to be a company; Thistlecombe Capital is,
    // but the text is about Garrowby.
    assert_eq!(
        referents("referent_company_of_the_headline_other_kind"),
        [row("opportunistic", "The company", None)]
    );
}

#[test]
fn a_place_in_the_headline_is_no_company_a_description_stands_for() {
    assert_eq!(
        referents("referent_company_of_the_headline_place"),
        [row("deeply disappointed", "The company", None)]
    );
}

#[test]
fn a_bodys_word_opening_a_sentence_before_a_noun_is_no_body_a_description_stands_for() {
    assert_eq!(
        referents("referent_body_word_opening_sentence"),
        [row(
            "a job-cutting scheme dressed up as environmentalism.",
            "The union",
            Some("Hospitality Workers Union of Brackenridge")
        )]
    );
}

#[test]
fn the_minister_stands_for_a_secretary_of_state_named_before() {
    assert_eq!(
        referents("referent_secretary_is_minister"),
        [
            row("completely unjustified", "Oliver Pennington-Bligh", None),
            row(
                "The offer on the table is a fair one.",
                "the minister",
                Some("Oliver Pennington-Bligh")
            ),
        ]
    );
}

#[test]
fn a_description_read_as_a_name_stands_for_whom_it_describes_as_a_referent() {
    assert_eq!(
        referents("referent_through_a_description_read_as_name"),
        [row(
            "Our reserves give us a comfortable buffer against external shocks,",
            "the former finance secretary",
            Some("Sanjeev Malhotra-Rao")
        )]
    );
}

#[test]
fn a_definite_noun_for_a_person_no_one_was_given_stands_for_the_subject_just_named() {
    assert_eq!(
        referents("referent_variation"),
        [row(
            "I didn’t wait for permission,",
            "the diner owner",
            Some("Victor Szabados")
        )]
    );
}

#[test]
fn no_variation_stands_for_someone_introduced_unnamed_or_spoken_for() {
    // "the nurse" is the unnamed nurse of the first paragraph; "the
    // spokesman" speaks for the prime minister.
    assert_eq!(
        referents("referent_variation_not"),
        [
            row("We were always short,", "a nurse", None),
            row("I told them in December,", "the nurse", None),
            row(
                "The prime minister has full confidence in the chancellor,",
                "the spokesman",
                None
            ),
        ]
    );
}

#[test]
fn an_appositive_ends_at_an_irregular_past_that_opens_the_predicate() {
    // "Sophie Brandwick, took the triage nurse …": the nurse is not in
    // Brandwick's appositive.
    assert_eq!(
        referents("referent_appositive_ends_at_irregular_past")
            .last()
            .cloned(),
        Some(row(
            "Not that I can see in the notes,",
            "the nurse",
            Some("Mei Ling Fong")
        ))
    );
}

#[test]
fn a_legal_form_after_a_name_makes_it_a_company_a_description_stands_for() {
    assert_eq!(
        referents("referent_company_legal_form"),
        [row(
            "We understand the pain of those affected,",
            "the company",
            Some("Seguros Bengoechea SA")
        )]
    );
}

#[test]
fn a_bodys_description_never_stands_for_a_titled_person_opening_a_sentence() {
    assert_eq!(
        referents("referent_body_not_titled_person"),
        [row(
            "fallen short of the standards expected of the chair",
            "the bank",
            None
        )]
    );
}

#[test]
fn a_name_ending_in_a_company_word_is_a_company_a_description_stands_for() {
    assert_eq!(
        referents("referent_company_word_plantations")
            .last()
            .cloned(),
        Some(row(
            "There will be no retrenchment,",
            "the company",
            Some("Sarda Hill Plantations")
        ))
    );
}

#[test]
fn the_company_stands_for_no_union() {
    // Not the "Mazdoor Union" named before: the buyer, "Sarda Hillcrest",
    // that spoke just before it (it said "it would honour").
    assert_eq!(
        referents("referent_company_is_no_union").last().cloned(),
        Some(row(
            "There will be no retrenchment,",
            "the company",
            Some("Sarda Hillcrest")
        ))
    );
}

#[test]
fn a_company_description_placed_by_a_based_modifier_stands_for_the_headlines_company() {
    // "Port Amberley" is where it is based, no word of its name.
    assert_eq!(
        referents("referent_placed_company_description"),
        [row(
            "to protect the integrity of the platform",
            "The Port Amberley-based platform",
            Some("Coinvale")
        )]
    );
}

#[test]
fn a_variation_with_the_body_after_of_stands_for_the_subject_just_named() {
    assert_eq!(
        referents("referent_variation_of_a_body").last().cloned(),
        Some(row(
            "It suggests you were facing the wrong way,",
            "the chief executive of Arakawa Motors",
            Some("Haruka Onozawa")
        ))
    );
}

#[test]
fn a_lone_word_of_an_offices_list_is_no_person_a_description_stands_for() {
    // "Arts" of "the Minister of Sport, Arts and Culture".
    assert_eq!(
        referents("referent_lone_word_in_title_list"),
        [row(
            "a national treasure",
            "the minister",
            Some("Sipho Bhengane")
        )]
    );
}

#[test]
fn the_force_stands_for_the_police_named_before() {
    assert_eq!(
        referents("referent_force_is_police").last().cloned(),
        Some(row(
            "examining hours of CCTV footage.",
            "The force",
            Some("Harrowgate Police")
        ))
    );
}

#[test]
fn an_indefinite_description_with_a_name_apposed_introduces_that_named_person() {
    // The source of the second quote stays unnamed: the name after its
    // phrase's comma opens a clause.
    assert_eq!(
        referents("referent_indefinite_with_apposed_name"),
        [
            row(
                "In this kind of work, silence is the most frightening sound,",
                "the former minister",
                Some("Youssef Benhaddou")
            ),
            row("He slept the whole way,", "the source", None),
        ]
    );
}

#[test]
fn a_description_with_a_participle_phrase_is_headed_by_its_noun_not_the_object() {
    assert_eq!(
        referents("referent_participle_description")[1],
        row(
            "If they agree the names, the rest could be done within a week,",
            "the diplomat",
            Some("A Western diplomat following the negotiations")
        )
    );
}

#[test]
fn a_description_is_headed_by_its_noun_before_a_past_participle_and_its_preposition() {
    assert_eq!(
        referents("long_description_with_sum")[1],
        row(
            "I signed what my engineers put in front of me,",
            "the former chief",
            Some("A former port authority chief accused of taking $2.6 million in kickbacks on dredging contracts")
        )
    );
}

#[test]
fn a_ledes_description_with_a_participle_phrase_stands_for_the_person_named_next() {
    assert_eq!(
        referents("lede_description_participle_named_next"),
        [row(
            "always meant to pay it back",
            "A former rugby club treasurer accused of stealing more than £90,000",
            Some("Brenda Aldcroft")
        )]
    );
}

#[test]
fn a_private_secretary_is_no_minister_for_a_description_of_one() {
    assert_eq!(
        referents("private_secretary_is_no_minister"),
        [row(
            "never touched a single cent",
            "A former defence minister accused of taking bribes during the purchase of military helicopters",
            Some("Ranil Weerakoon")
        )]
    );
}

#[test]
fn a_ledes_description_ending_in_man_or_woman_stands_for_the_person_named_next() {
    assert_eq!(
        referents("relative_clause_with_as_she_named_next"),
        [row(
            "freezes",
            "A postwoman who was bitten by a dog as she delivered parcels in Trevellas",
            Some("Morwenna Pascoe")
        )]
    );
}

#[test]
fn an_appositive_after_an_aside_between_dashes_describes_the_name_before_it() {
    // "The researcher" is Paola Renzetti, whom the appositive after the
    // aside calls a researcher; so is the "She" after it.
    assert_eq!(
        referents("appositive_after_dash_aside").last().cloned(),
        Some(row("a black hole.", "Paola Renzetti", None))
    );
}

#[test]
fn an_epithet_stands_for_the_subject_named_before_an_aside_between_dashes() {
    assert_eq!(
        referents("epithet_after_name_with_dash_aside")
            .last()
            .cloned(),
        Some(row(
            "I had one boy on each arm and I was swallowing water,",
            "the 44-year-old",
            Some("Viliami Kauhalalalo")
        ))
    );
}

#[test]
fn an_epithet_with_a_place_after_its_head_stands_for_the_person_named_before() {
    assert_eq!(
        referents("epithet_with_place_phrase"),
        [row(
            "Every September I buy masks and pray,",
            "the 36-year-old factory supervisor from Kampung Sungai Lebar",
            Some("Noraini Ismail")
        )]
    );
}

#[test]
fn the_statement_stands_for_the_body_whose_report_holds_another_report() {
    assert_eq!(
        referents("statement_holding_a_report"),
        [
            row("record", "Hearthstone Trust", None),
            row(
                "No family should be sent back out into the cold because a bed costs too much,",
                "the statement",
                Some("Hearthstone Trust")
            ),
        ]
    );
}

#[test]
fn a_diocese_and_a_co_operative_are_bodies_their_nouns_stand_for() {
    assert_eq!(
        referents("diocese_and_cooperative_are_bodies"),
        [
            row(
                "painful but unavoidable.",
                "The diocese",
                Some("Diocese of Carrowkeel")
            ),
            row(
                "after exhausting every alternative",
                "the co-operative",
                Some("Ballinrush Co-operative Mart")
            ),
        ]
    );
}

#[test]
fn a_decade_of_life_is_an_epithet_for_the_person_just_named() {
    assert_eq!(
        referents("decade_of_life_epithet"),
        [row(
            "The water came and the village lived,",
            "the nonagenarian",
            Some("Harnam Dhillon")
        )]
    );
}

#[test]
fn the_post_stands_for_whoever_posted_it_just_before() {
    assert_eq!(
        referents("post_author_is_who_posted"),
        [row(
            "Were you on Cable Street on Friday night? Please check your dashcam footage,",
            "the post",
            Some("Marrowby Police")
        )]
    );
}

#[test]
fn a_district_is_a_body_its_noun_stands_for() {
    assert_eq!(
        referents("district_is_a_body"),
        [row(
            "This is the hardest decision we have made in a decade,",
            "the district",
            Some("Lakemoor Unified School District")
        )]
    );
}

#[test]
fn a_post_stands_for_the_described_body_that_spoke_in_it() {
    assert_eq!(
        referents("post_of_a_described_body"),
        [row(
            "If you are not sure your alarm works, call us,",
            "the post",
            Some("The fire district")
        )]
    );
}

#[test]
fn a_one_word_name_a_definite_noun_for_a_body_is_apposed_to_is_the_company() {
    assert_eq!(
        referents("one_word_body_apposed_definite"),
        [
            row("disappointing.", "Grocemart", None),
            row(
                "We will do everything we can to keep our stores open,",
                "the company",
                Some("Grocemart")
            ),
        ]
    );
}

#[test]
fn the_guild_stands_for_the_guild_named_before() {
    assert_eq!(
        referents("the_guild_stands_for_a_guild"),
        [row(
            "care deserts.",
            "The guild",
            Some("Outback Physicians Guild of Australia")
        )]
    );
}

#[test]
fn a_sibling_stands_for_the_one_who_introduced_the_other() {
    assert_eq!(
        referents("sibling_introduced_by_the_other"),
        [row(
            "He is exaggerating,",
            "His sister",
            Some("Maren Ostrowska")
        )]
    );
}

#[test]
fn a_relative_is_introduced_by_one_who_shares_the_surname_before_a_place() {
    assert_eq!(
        referents("introducer_shares_the_surname"),
        [row(
            "I taught for 30 years. I know how to wait,",
            "His father",
            Some("Samuel Wekesa")
        )]
    );
}

#[test]
fn a_surname_alone_described_so_reads_as_the_namesake_it_is_near() {
    assert_eq!(
        referents("surname_alone_read_as_the_person_near"),
        [row(
            "I did not ask her to. I want that on the record,",
            "the 61-year-old",
            Some("Ruth Kamaka")
        )]
    );
}

#[test]
fn the_club_stands_for_a_body_whose_name_says_it_is_a_club() {
    assert_eq!(
        referents("club_name_says_its_kind"),
        [row(
            "We will be seeking an explanation from the referees' body.",
            "The club",
            Some("Harbourside United")
        )]
    );
}

#[test]
fn the_statement_stands_for_the_body_whose_report_holds_another_past_a_long_relative_clause() {
    assert_eq!(
        referents("statement_holder_after_long_relative_clause"),
        [
            row("a season of unusual range.", "Marlowe Film Society", None),
            row(
                "Four of the six films were made for less than a million pounds,",
                "the statement",
                Some("Marlowe Film Society")
            ),
        ]
    );
}

#[test]
fn a_one_word_name_apposed_to_a_compound_described_body_noun_is_the_body_the_company_means() {
    assert_eq!(
        referents("body_apposed_with_compound_participle"),
        [row(
            "restored every account",
            "the company",
            Some("Ledgerly")
        )]
    );
}

#[test]
fn a_name_after_the_noun_start_up_is_the_body_the_company_means() {
    assert_eq!(
        referents("start_up_is_a_body_noun"),
        [row(
            "We have found the fault and fixed it,",
            "the company",
            Some("Quillory")
        )]
    );
}

#[test]
fn the_caption_stands_for_whoever_posted_just_before() {
    assert_eq!(
        referents("caption_of_a_post"),
        [row(
            "Four years of early mornings. Worth every one,",
            "the caption",
            Some("Oyelaran Adebisi-Cole")
        )]
    );
}

#[test]
fn a_definite_description_takes_up_the_unnamed_subject_with_its_noun_just_before() {
    assert_eq!(
        referents("description_takes_up_unnamed_subject"),
        [row(
            "If the vote were held today, we would lose it,",
            "the official",
            Some("One senior Harbour Party official")
        )]
    );
}

#[test]
fn a_child_stands_for_the_one_sharing_the_parents_surname_named_anywhere_before() {
    assert_eq!(
        referents("introducer_by_surname_anywhere_before"),
        [row(
            "I am careful, which is not the same as afraid,",
            "his daughter",
            Some("Marisela Quintanar")
        )]
    );
}

#[test]
fn a_description_of_a_person_named_by_surname_alone_is_read_without_panicking() {
    // No full name to try: the search for the one described once read the
    // first of an empty list.
    assert_eq!(
        referents("description_of_a_surname_only_person"),
        [row(
            "The line was our idea, and everyone here knows it,",
            "the former minister",
            Some("Odunsi")
        )]
    );
}

#[test]
fn a_document_stands_for_the_agent_that_issued_it_by_name() {
    assert_eq!(
        referents("document_issued_by_agent"),
        [row(
            "deeply flawed from the first day.",
            "A report",
            Some("Office of the Inspector General")
        )]
    );
}

#[test]
fn a_writers_variation_does_not_stand_for_a_person_of_the_other_gender() {
    assert_eq!(
        referents("variation_of_the_other_gender"),
        [
            row(
                "People are queueing at my counter every morning,",
                "Tariq Hassanein",
                None
            ),
            row("I thought I was being clever,", "the woman", None),
        ]
    );
}

#[test]
fn a_ledes_description_stands_for_the_possessor_opening_the_next_paragraph() {
    assert_eq!(
        referents("lede_description_named_by_next_paragraphs_possessor"),
        [row(
            "ungovernable",
            "Portbury's town clerk",
            Some("Lindiwe Mokoena")
        )]
    );
}

#[test]
fn a_prepositions_object_in_a_relative_clause_describes_no_one() {
    // "who has clashed with the clerk" does not make Dunstan the clerk.
    assert_eq!(
        referents("relative_clause_object_describes_no_one"),
        [row(
            "ungovernable",
            "Portbury's town clerk",
            Some("Lindiwe Mokoena")
        )]
    );
}

#[test]
fn a_definite_description_opening_the_text_stands_for_the_person_its_noun_titles_later() {
    assert_eq!(
        referents("lede_definite_description_is_the_pronouns_subject"),
        [row(
            "trial by social media.",
            "The judge",
            Some("Amelia Crossfield")
        )]
    );
}

#[test]
fn a_relatives_description_in_the_lede_is_not_the_person_opening_the_next_paragraph() {
    // Ellie Marsh, who died, is the girl, not her father.
    let found =
        referents("lede_relatives_description_is_not_the_person_opening_the_next_paragraph");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, "pleaded");
    assert_ne!(found[0].2.as_deref(), Some("Ellie Marsh"));
}

#[test]
fn a_clause_with_an_auxiliary_before_a_comma_is_no_title_of_the_name_after() {
    // "the councillor should resign, Ms Mele Tangitu" does not make her
    // the councillor; "Cr Kevin Schembri" is.
    assert_eq!(
        referents("auxiliary_clause_before_a_title_is_no_description")[0],
        row(
            "keyboard warriors",
            "A Coolabah councillor",
            Some("Kevin Schembri")
        )
    );
}

#[test]
fn an_epithet_does_not_stand_for_a_person_named_in_anothers_of_phrase() {
    // Octave is the father named in Marthe's appositive, not the MP.
    assert_eq!(
        referents("epithet_is_not_the_person_in_an_of_phrase"),
        [row(
            "no longer support",
            "The 36-year-old MP",
            Some("Marthe Quintal-Ravier")
        )]
    );
}

#[test]
fn an_english_noun_for_a_body_stands_for_its_spanish_name() {
    assert_eq!(
        referents("foreign_body_name_and_its_english_noun"),
        [row(
            "stands ready to act",
            "the bank",
            Some("Banco Central de Valmora")
        )]
    );
}

#[test]
fn a_ledes_title_of_a_body_stands_for_the_titled_person_opening_the_next_paragraph() {
    assert_eq!(
        referents("lede_title_of_a_body_named_by_next_paragraph"),
        [row(
            "leaner, not weaker.",
            "The director of the National Disease Control Agency",
            Some("Priscilla Adebayo-Cole")
        )]
    );
}

#[test]
fn a_ledes_description_is_not_the_next_paragraphs_person_whom_another_lede_noun_titles() {
    // "Dr" is the doctor the driver killed, not the driver.
    assert_eq!(
        referents("lede_named_next_is_not_the_person_another_noun_titles"),
        [row(
            "never saw her",
            "A lorry driver who killed a young doctor as she cycled to work",
            None
        )]
    );
}

#[test]
fn a_relative_stands_for_the_one_whose_surnames_possessive_introduced_the_other() {
    // "Boudreau’s son, Marc Boudreau": his father is the other Boudreau.
    assert_eq!(
        referents("relative_introduced_by_a_surnames_possessive")[2],
        row(
            "Ask me when it’s parked in the bay,",
            "His father",
            Some("Ray Boudreau")
        )
    );
}

#[test]
fn a_body_apposed_to_the_descriptions_noun_in_its_paragraph_beats_a_body_that_spoke_before() {
    assert_eq!(
        referents("body_apposed_to_the_noun_beats_a_body_that_spoke"),
        [row(
            "doing everything humanly possible",
            "the company",
            Some("Karaqum Energy")
        )]
    );
}

#[test]
fn a_name_its_own_clause_calls_its_is_the_body_the_company_stands_for() {
    // "Harapan Nikel Raya denied that its operations …": no company word
    // in the name, but "its" says it is a body.
    assert_eq!(
        referents("its_in_the_clause_makes_a_name_a_body"),
        [row(
            "in full compliance with national standards.",
            "the company",
            Some("Harapan Nikel Raya")
        )]
    );
}

#[test]
fn a_name_speaking_in_written_testimony_is_the_body_the_company_stands_for() {
    assert_eq!(
        referents("name_speaking_in_testimony_is_a_body")[1],
        row(
            "No sample was compromised at any stage,",
            "the company",
            Some("Korvane Diagnostics")
        )
    );
}

#[test]
fn a_unions_local_after_a_body_word_keeps_the_whole_name() {
    // "Guild Local 218" is no body's word before a name "Local 218".
    assert_eq!(
        referents("union_local_after_a_body_word"),
        [row(
            "Our members learned about this from a press release,",
            "the union",
            Some("Retail Clerks Guild Local 218")
        )]
    );
}

#[test]
fn the_bank_stands_for_a_banking_group() {
    assert_eq!(
        referents("banking_names_a_bank"),
        [row(
            "decided that resolving this matter is in the best interests of our customers",
            "the bank",
            Some("Karrawong Banking Group")
        )]
    );
}

#[test]
fn the_group_stands_for_a_body_apposed_to_another_bodys_noun_in_its_paragraph() {
    // "Coders United Halvard, a union formed last year": "the group" fits
    // any body, so "union" apposed says it is one.
    assert_eq!(
        referents("group_for_a_body_apposed_to_another_noun"),
        [row(
            "We were hired remote. We moved to places we could afford,",
            "the group",
            Some("Coders United Halvard")
        )]
    );
}

#[test]
fn a_statement_stands_for_the_person_its_described_sender_stands_for() {
    // "The paper’s corresponding author, Prof. Han Ji-yeon of …, said in a
    // statement": "the statement" is hers, not the description's.
    assert_eq!(
        referents("statement_of_a_described_sender_is_the_persons")[1],
        row(
            "I trusted the people in my lab, and that trust was misplaced,",
            "the statement",
            Some("Han Ji-yeon")
        )
    );
}

#[test]
fn a_name_whose_report_says_the_companys_is_the_company() {
    // "Hoshizora said …, at the company’s gallery": a one-word name read
    // as a person's is the body "the company" stands for.
    assert_eq!(
        referents("the_companys_in_the_names_sentence"),
        [row(
            "We are deeply grateful to Moriyama-sensei for 17 extraordinary years,",
            "the company",
            Some("Hoshizora")
        )]
    );
}

#[test]
fn a_lede_description_past_a_byline_stands_for_the_person_named_next() {
    // "From our correspondent in Lusaka" between the headline and the
    // lede does not stop the lede being the text's first sentence.
    assert_eq!(
        referents("lede_description_past_a_byline")[0],
        row(
            "criminalising dissent",
            "Zambia’s main opposition leader",
            Some("Mwansa Chibesakunda")
        )
    );
}

#[test]
fn a_first_surname_after_an_unknown_given_name_refers_to_the_full_name() {
    // "Hilaria Quispe Mamani … Ms. Quispe said": the first of two surnames
    // names the person even when no list knows the given name; the speaker
    // keeps the name the text used, the full name is its referent.
    assert_eq!(
        referents("first_surname_after_an_unknown_given_name"),
        [row(
            "We will stay until the government listens,",
            "Quispe",
            Some("Hilaria Quispe Mamani")
        )]
    );
}

#[test]
fn a_family_name_between_an_english_given_name_and_two_more_refers_to_the_full_name() {
    // "Mr Andrew Tan Kok Leong … Mr Tan said": the family name after an
    // English given name, with the Chinese given names after it.
    assert_eq!(
        referents("family_name_between_english_and_chinese_given_names"),
        [row(
            "Our call centre has become a scam hotline,",
            "Tan",
            Some("Andrew Tan Kok Leong")
        )]
    );
}

#[test]
fn the_company_takes_up_the_unknown_name_that_spoke_just_before() {
    // "Harrowfield Land said …. In a statement, the company said": a name
    // with no given name known, and no "he" or "she" since, is the company.
    assert_eq!(
        referents("the_company_takes_up_an_unknown_name"),
        [row("delighted", "the company", Some("Harrowfield Land"))]
    );
}

#[test]
fn the_warden_stands_for_the_warden_named_before() {
    // "The prison's warden, Delphine Okonkwo-Reyes, said …. “…,” the warden
    // said": "warden" is a person's office like "governor".
    assert_eq!(
        referents("the_warden_stands_for_the_named_warden"),
        [row(
            "We will not be intimidated,",
            "the warden",
            Some("Delphine Okonkwo-Reyes")
        )]
    );
}

#[test]
fn a_bodys_word_opening_the_text_describes_no_person_named_later() {
    // "Slovakia's parliament on Tuesday passed …" then "Marek Lukac, the
    // only independent member of parliament,": "parliament" ends like
    // "president" but is a body's word.
    assert_eq!(
        referents("a_bodys_word_in_a_lede_describes_no_person"),
        [row("foreign agents", "Slovakia's parliament", None)]
    );
}

#[test]
fn a_lede_description_stands_for_the_person_named_after_the_next_paragraphs_opening_phrase() {
    // "Latvia's finance minister on Monday rejected …" then "Speaking on
    // the programme “Morning Line” on Radio Riga, Andris Kalnins was asked":
    // the name past the opening phrase and its comma.
    assert_eq!(
        referents("lede_description_named_after_an_opening_phrase"),
        [row(
            "when Latvians voted to join the European Union.",
            "Latvia's finance minister",
            Some("Andris Kalnins")
        )]
    );
}

#[test]
fn a_description_later_in_the_ledes_sentence_stands_for_the_person_named_far_on() {
    // "Folkestone's MP has demanded … after the port's chief executive
    // warned …" then, six paragraphs on, "Petra Langley-Osei, chief
    // executive of the Harbour Gateway Company,": the lede's reach.
    assert_eq!(
        referents("description_later_in_the_lede_named_far_on"),
        [row(
            "well beyond anything we saw last year",
            "the port's chief executive",
            Some("Petra Langley-Osei")
        )]
    );
}

#[test]
fn her_husband_is_the_one_whose_wife_she_was_introduced_as() {
    // "Karimov's wife, Dilnoza Karimova, …. Her husband had a simpler
    // verdict. “…,” he said": Rustam Karimov, whose surname hers does not
    // repeat letter for letter.
    assert_eq!(
        referents("relative_introduced_by_a_possessive_name")[2],
        row("Water is life,", "Her husband", Some("Rustam Karimov"))
    );
}

#[test]
fn the_candidate_stands_for_the_hopeful_named_before() {
    // "presidential hopeful Dr Orla Ní Fhlatharta-Mensah … “…,” the
    // candidate replied": a hopeful, a nominee or a contender is a
    // candidate; not the councillor who asked.
    assert_eq!(
        referents("the_candidate_for_a_presidential_hopeful")[1],
        row(
            "I would speak as the Constitution permits, Councillor,",
            "the candidate",
            Some("Orla Ní Fhlatharta-Mensah")
        )
    );
}

#[test]
fn the_union_stands_for_a_body_of_workers() {
    // "The local chapter of the United Rail Workers … warned …. “…,” the
    // union said": not the company that spoke before.
    assert_eq!(
        referents("the_union_for_a_workers_body")[1],
        row(
            "Our members did not cause this,",
            "the union",
            Some("United Rail Workers")
        )
    );
}

#[test]
fn the_noun_of_a_ledes_indefinite_description_stands_for_the_person_named_next() {
    // "A former national-team coach told …" then "Rui Baltasar Nogueira,
    // who trained Vitória do Mar, said" and "“…,” the coach said".
    assert_eq!(
        referents("the_noun_of_a_lede_description")[0],
        row(
            "I said no, and I never heard from him again,",
            "the coach",
            Some("Rui Baltasar Nogueira")
        )
    );
}

#[test]
fn a_referent_found_as_a_first_surname_is_the_full_name_it_opens() {
    // "Valdemir Carvalhal Mota … Carvalhal, 61, now works as a lawyer ….
    // the lawyer said": the lawyer is Valdemir Carvalhal Mota, whose given
    // name no list knows.
    assert_eq!(
        referents("first_surname_found_as_a_referent")[0],
        row(
            "Twice, in writing.",
            "the lawyer",
            Some("Valdemir Carvalhal Mota")
        )
    );
}

#[test]
fn an_item_inside_an_offices_list_is_no_person_a_title_stands_for() {
    // "The Commissioner for Tourism, Heritage and Culture, Mr. Ekpenyong
    // Bassey-Ita, …" then "the commissioner added": not "Heritage".
    assert_eq!(
        referents("office_list_item_is_no_person")[1],
        row(
            "Visitors want clean streets and safe roads, and somebody has to pay for that,",
            "the commissioner",
            Some("Ekpenyong Bassey-Ita")
        )
    );
}

#[test]
fn the_chair_stands_for_the_one_an_inquiry_is_chaired_by() {
    // "The Kestrel Bay Inquiry, chaired by Sir Malcolm Ferrier-Ashdown, …"
    // then "The chair pressed him: “…?”": not the engineer named since.
    assert_eq!(
        referents("chaired_by_names_the_chair")[0],
        row(
            "Did anyone tell you the wall was unsafe?",
            "The chair",
            Some("Malcolm Ferrier-Ashdown")
        )
    );
}

#[test]
fn the_ministry_is_the_ministry_named_before_not_the_company_that_spoke() {
    // "… a new weekly fee set by the Greater Accra Ministry of Roads" and
    // "Trotro said in a statement …" then "the ministry said": the body
    // whose name says it is a ministry.
    assert_eq!(
        referents("ministry_not_the_company_that_spoke")[1],
        row(
            "Every commercial vehicle contributes to the roads it uses,",
            "the ministry",
            Some("Greater Accra Ministry of Roads")
        )
    );
}

#[test]
fn a_statement_circulated_by_a_body_is_the_bodys() {
    // "A joint statement from four delivery apps, circulated by the
    // industry body Gig Commerce Council, said": the council put it out.
    assert_eq!(
        referents("statement_from_or_circulated_by_a_body")[0],
        row(
            "rare and always reviewed",
            "A joint statement from four delivery apps",
            Some("Gig Commerce Council")
        )
    );
}

#[test]
fn a_statement_from_a_named_body_is_the_bodys() {
    // "A statement from the Pune Riders Collective said …": not "the
    // strike" named before it.
    assert_eq!(
        referents("statement_from_or_circulated_by_a_body")[1],
        row(
            "until the apps talk to us",
            "A statement from the Pune Riders Collective",
            Some("Pune Riders Collective")
        )
    );
}

#[test]
fn a_playing_position_after_an_adjective_stands_for_the_player() {
    // "“…,” the young forward said" after "Okonkwo-Hale said": a player's
    // position, an adjective before it, is the player's epithet.
    assert_eq!(
        referents("playing_position_with_modifier")[0],
        row(
            "He told me not to think, just to hit it,",
            "the young forward",
            Some("Sami Okonkwo-Hale")
        )
    );
}

#[test]
fn a_playing_position_after_a_team_name_stands_for_the_player() {
    // "“…,” the Eastport forward said" after "Eastport striker Dario
    // Montanari-Kruse": the team's name may come before the position.
    assert_eq!(
        referents("playing_position_with_modifier")[1],
        row(
            "We were the better side for an hour,",
            "the Eastport forward",
            Some("Dario Montanari-Kruse")
        )
    );
}

#[test]
fn a_lede_person_after_a_preposition_is_no_epithets_referent() {
    // "manager Daniel Oyelaran-Price has insisted …, despite a public row
    // with chairman Geoffrey Tillotson-Baird. ¶ …, the 47-year-old said":
    // the chairman after "with" is no subject the epithet stands for.
    assert_eq!(
        referents("lede_person_after_preposition"),
        [row(
            "stabbed in the back",
            "the 47-year-old",
            Some("Daniel Oyelaran-Price")
        )]
    );
}

#[test]
fn a_definite_description_inside_the_ledes_first_sentence_is_the_person_named_next() {
    // "… after a long hearing in which the head coach at the state’s
    // largest university warned it could “wreck” …" then "Head coach
    // Marcus Oyinlola-Beck told senators": no one was named before, so
    // "the head coach" is the one named next.
    assert_eq!(
        referents("definite_description_in_lede_sentence")[0],
        row(
            "wreck",
            "the head coach at the state’s largest university",
            Some("Marcus Oyinlola-Beck")
        )
    );
}

#[test]
fn a_ledes_description_stands_for_the_name_apposed_to_a_description_opening_the_next_paragraph() {
    // "The communications director for Mayor … insisting crews had done
    // “…”" then "The spokeswoman, Renata Okafor-Lindqvist, said": the name
    // apposed to the description that opens the next paragraph.
    assert_eq!(
        referents("lede_description_then_apposed_name")[0],
        row(
            "everything humanly possible.",
            "The communications director",
            Some("Renata Okafor-Lindqvist")
        )
    );
}

#[test]
fn the_agent_of_hosted_by_is_the_host() {
    // "the late-evening show hosted by Adaeze Marchetti-Obi" then "“…,”
    // the host replied": the one who hosts it.
    assert_eq!(
        referents("office_verb_hosted_by")[1],
        row(
            "Nobody cut anything, Councillor,",
            "the host",
            Some("Adaeze Marchetti-Obi")
        )
    );
}

#[test]
fn a_ledes_head_of_a_body_with_a_relative_clause_stands_for_the_titled_name_apposed_next() {
    // "The head of the agency that inspects the nation’s dams …, telling
    // senators the backlog was “…”" then "The administrator, Dr. Mireille
    // Okonkwo-Strand, …": the body's relative clause does not count
    // against the lede's title, and the name may follow its own title.
    assert_eq!(
        referents("lede_head_of_body_with_relative_clause"),
        [row(
            "the worst I have seen.",
            "The head of the agency that inspects the nation’s dams",
            Some("Mireille Okonkwo-Strand")
        )]
    );
}

#[test]
fn a_title_and_name_closing_an_opening_phrase_describe_no_one_after_its_comma() {
    // "Speaking alongside Health Minister Tobias Wennberg-Achebe, Dr.
    // Castellanos-Byrne said": the minister's title before the comma is
    // not an appositive of the doctor, so "the minister" is Wennberg-Achebe.
    assert_eq!(
        referents("title_and_name_before_opening_phrase_comma")[1],
        row(
            "We have funded forty new beds,",
            "the minister",
            Some("Tobias Wennberg-Achebe")
        )
    );
}

#[test]
fn an_indefinite_description_with_a_persons_ending_inside_the_ledes_sentence_is_the_person_named_next(
) {
    // "…, with a senior seismologist telling viewers … “…”" then "Dr
    // Tamsin Okoro-Halvorsen, duty seismologist at …": the lede's
    // description inside its first sentence, not only opening it.
    assert_eq!(
        referents("indefinite_description_inside_lede_sentence"),
        [row(
            "a precaution, not a forecast",
            "a senior seismologist",
            Some("Tamsin Okoro-Halvorsen")
        )]
    );
}

#[test]
fn a_verb_form_inside_a_bodys_name_in_an_apposed_title_keeps_the_title() {
    // "The governor of Kembe State, Musa Abdullahi-Reyes," then "the
    // governor replied": "State" is a verb's form ("state"), but after
    // "Kembe" it is part of a name, so the title reads to "The governor".
    assert_eq!(
        referents("verb_form_inside_apposed_title_name")[1],
        row(
            "Because without roads, there is no economy,",
            "the governor",
            Some("Musa Abdullahi-Reyes")
        )
    );
}

#[test]
fn a_later_description_stands_for_the_person_a_definite_lede_description_stood_for() {
    // "The presenter at the center of a row … told a Senate panel" then
    // "Marcus Adeyemi-Holt, who has presented …": a later "the presenter"
    // is that person too, as for an indefinite lede.
    assert_eq!(
        referents("definite_lede_description_later")[3],
        row(
            "Senator, we cut answers from both parties every night,",
            "the presenter",
            Some("Marcus Adeyemi-Holt")
        )
    );
}

#[test]
fn a_hyphenated_word_of_two_peoples_after_an_age_is_a_description_of_the_person() {
    // "the 24-year-old Swedish-Nigerian said": both parts are peoples'
    // words, so it describes the sprinter named before, as "the
    // 24-year-old Nigerian" would; it is not a name "Swedish-Nigerian".
    assert_eq!(
        referents("hyphenated_nationality_description")[0],
        row(
            "I ran this one for everybody who told me I had left for good,",
            "the 24-year-old Swedish-Nigerian",
            Some("Ngozi Adebayo-Lindqvist")
        )
    );
}

#[test]
fn an_epithet_answering_a_reported_question_stands_for_the_one_asked() {
    // "Assistant District Attorney Bernard Lyle asked Quintanilla-Reyes
    // what she had carried" then "“…,” the witness said": the one asked
    // answers, not the prosecutor who asked.
    assert_eq!(
        referents("epithet_after_asked_object")[0],
        row(
            "Envelopes. Always cash, always sealed,",
            "the witness",
            Some("Marisol Quintanilla-Reyes")
        )
    );
}

#[test]
fn the_mec_is_a_title_whose_holder_is_named_before() {
    // "the provincial transport MEC, Sibusiso Dlamini-Khoza," then "the
    // MEC said": a South African provincial minister's title, not a
    // body called "MEC".
    assert_eq!(
        referents("mec_title")[0],
        row(
            "We will not negotiate with people who block highways,",
            "the MEC",
            Some("Sibusiso Dlamini-Khoza")
        )
    );
}

#[test]
fn an_appositive_reads_past_a_plurals_apostrophe() {
    // "Rhiannon Okafor-Beddoe, the site’s convenor for the United Bakery
    // Workers’ Union," then "the convenor said": the apostrophe of
    // "Workers’" does not end the appositive that gives her the noun.
    assert_eq!(
        referents("appositive_plural_apostrophe")[0],
        row(
            "Every option is open,",
            "the convenor",
            Some("Rhiannon Okafor-Beddoe")
        )
    );
}

#[test]
fn the_company_stands_for_a_business_whose_name_ends_in_group() {
    // "Halden Motor Group has confirmed …" then "The company said": a
    // name ending in "Group" is a business; but not "the Brackley
    // Residents Action Group", which "the group" stands for.
    let rows = referents("company_named_group");
    assert_eq!(
        rows,
        [
            row(
                "no realistic alternative",
                "The company",
                Some("Halden Motor Group")
            ),
            row(
                "This town was built around that plant,",
                "the group",
                Some("Brackley Residents Action Group")
            )
        ]
    );
}

#[test]
fn an_age_epithet_stands_for_the_one_person_given_that_age() {
    // "the minister, Calum Ferreira-Boyd, … called the buyout …" then
    // "94-year-old Morag Achterberg …. “…,” the 94-year-old said": the one
    // person the text gave that age, not the subject named before.
    assert_eq!(
        referents("epithet_age_given_once")[1],
        row(
            "I never thought I would see this day,",
            "the 94-year-old",
            Some("Morag Achterberg")
        )
    );
}

#[test]
fn a_name_ending_in_computing_is_a_company_the_company_stands_for() {
    // "Kestrelwood Computing has recalled …" then "the company said":
    // "Computing" ends a company's name, as "Motors" or "Systems" do.
    assert_eq!(
        referents("company_word_computing")[0],
        row(
            "The safety of our customers comes first,",
            "the company",
            Some("Kestrelwood Computing")
        )
    );
}

#[test]
fn a_news_bodys_own_name_inside_its_description_is_its_referent() {
    // "the state-run Huaxin news agency said", "the People's Tribune
    // newspaper called": the body's name before its noun is the body; a
    // document "on the alliance's website" names no body so.
    let rows = referents("body_named_within_description");
    assert_eq!(
        rows,
        [
            row(
                "The exercises are a provocation that threatens regional peace,",
                "the state-run Huaxin news agency",
                Some("Huaxin")
            ),
            row(
                "a rehearsal for invasion",
                "People's Tribune newspaper",
                Some("People's Tribune")
            ),
            row(
                "routine and defensive",
                "A document on the alliance's website",
                None
            )
        ]
    );
}

#[test]
fn an_age_in_brackets_after_a_name_is_the_age_an_epithet_gives() {
    // "Former teammate Seánie Considine (79) said …. “…,” the
    // 79-year-old laughed": an Irish paper's age in brackets is the age
    // the epithet gives.
    assert_eq!(
        referents("age_in_brackets")[0],
        row(
            "I have the scars to prove it,",
            "the 79-year-old",
            Some("Seánie Considine")
        )
    );
}

#[test]
fn her_husband_stands_for_the_possessor_whose_wife_the_appositive_calls_her() {
    // "Ayaka Ishikawa-Bell, Haruto's wife, …" then "Her husband said …":
    // her husband is the Haruto whose wife the appositive calls her.
    assert_eq!(
        referents("spouse_by_possessive_appositive")[0],
        row(
            "We will give the last bowls away,",
            "Her husband",
            Some("Haruto Ishikawa-Bell")
        )
    );
}

#[test]
fn a_verbs_object_in_a_relative_clause_is_no_description_of_the_person() {
    // "Mayor Ingrid Okoye-Lund, who greeted the prince at the gates,":
    // the prince is the object of the relative clause's verb, not what
    // the mayor is, so a later "the prince said" stays Prince Anselm.
    assert_eq!(
        referents("relative_clause_object_is_no_description")[2],
        row(
            "I hope to come back when the garden is finished,",
            "the prince",
            Some("Anselm")
        )
    );
}

#[test]
fn an_epithet_is_not_the_subject_of_a_sentence_that_names_its_noun_as_another() {
    // "Finance Minister Tomás Arrieta Vidal came to the statistician's
    // defence …. “…,” the 58-year-old statistician said": the minister's
    // sentence names the statistician as someone else, so the epithet is
    // the lede's statistics chief.
    assert_eq!(
        referents("epithet_noun_named_as_another")[0],
        row(
            "I will bring every spreadsheet,",
            "the 58-year-old statistician",
            Some("Marta Lindqvist Ruiz")
        )
    );
}

#[test]
fn a_relative_introduced_as_a_verbs_object_is_not_the_epithets_person() {
    // "Emir Faisal Rashed Al-Mansour … appointed his niece, Noura
    // Al-Mansour, as … envoy. ¶ …, the 71-year-old monarch said": the
    // niece is the verb's object; the epithet is the emir.
    assert_eq!(
        referents("relative_object_not_epithet")[0],
        row(
            "made on merit alone.",
            "the 71-year-old monarch",
            Some("Faisal Rashed Al-Mansour")
        )
    );
}

#[test]
fn the_agency_does_not_stand_for_a_body_of_members() {
    // "The Harbour Pilots Association said … posts at the Maritime Safety
    // Agency were vacant. ¶ The agency said": an association is no agency,
    // so the agency is the one named.
    assert_eq!(
        referents("agency_is_no_association")[0],
        row(
            "recognises the pressure",
            "The agency",
            Some("Maritime Safety Agency")
        )
    );
}

#[test]
fn an_epithet_after_an_inverted_report_stands_for_the_name_apposed_there() {
    // "“…,” said one retired fisherman, Tomasi Veikune. “…,” the
    // 71-year-old added": the quote's speaker, named after the inverted
    // verb and his description, is the epithet's person, not the director
    // who spoke before.
    assert_eq!(
        referents("epithet_after_inverted_description_name")[2],
        row(
            "Nobody here will forget her,",
            "the 71-year-old",
            Some("Tomasi Veikune")
        )
    );
}

#[test]
fn venues_ends_a_companys_name_that_the_company_stands_for() {
    // "A spokesperson for the stadium’s owner, Kestrel Venues, said ….
    // “…,” the company said": "Venues" ends a company's name, so the
    // company is Kestrel Venues, not the syndicate named before.
    assert_eq!(
        referents("venues_company_word")[0],
        row(
            "The building will stay closed until it is safe,",
            "the company",
            Some("Kestrel Venues")
        )
    );
}

#[test]
fn an_epithet_whose_clause_says_she_passes_over_a_man_named_before() {
    // "Halvorsen-Oduya said …, which he called …. ¶ Reached at her
    // studio, the 68-year-old said she had been …": the pronoun of the
    // epithet's clause is a woman's, the chairman named just before is a
    // man, so the epithet is the sculptor the text is about.
    assert_eq!(
        referents("epithet_of_the_pronouns_gender")[2],
        row(
            "I thought it was a neighbour asking for the cat,",
            "the 68-year-old",
            Some("Ilse Brandvold-Amadi")
        )
    );
}

#[test]
fn the_bureau_stands_for_the_bureau_named_before() {
    // "… by the Vermont Bureau of Insurance Standards. ¶ The bureau said":
    // "bureau" is a body's noun like "agency".
    assert_eq!(
        referents("referent_bureau"),
        [row(
            "a pattern, not a handful of mistakes",
            "The bureau",
            Some("Vermont Bureau of Insurance Standards")
        )]
    );
}

#[test]
fn the_sheriffs_office_is_an_office_whose_name_holds_sheriff() {
    // "The sheriff’s office said" after the Harlan County Sheriff’s Office
    // and, later, the Northgate Legal Advice Office: the possessive's noun
    // must be a word of the office's name.
    assert_eq!(
        referents("referent_possessive_office"),
        [row(
            "likely as the investigation continues",
            "The sheriff’s office",
            Some("Harlan County Sheriff’s Office")
        )]
    );
}

#[test]
fn a_name_ending_in_water_is_a_company_the_company_stands_for() {
    // "…, Tamarind Vale Water has confirmed. ¶ The company said": "Water"
    // ends a utility's name as "Energy" does.
    assert_eq!(
        referents("referent_water_company"),
        [row(
            "well beyond what our works can sustain",
            "The company",
            Some("Tamarind Vale Water")
        )]
    );
}

#[test]
fn the_company_is_no_forum_that_spoke_after_it() {
    // A watchdog named "… Forum" spoke last; "the company" is still the
    // water company: a forum is a body of another kind.
    assert_eq!(
        referents("referent_company_not_forum")[1],
        row(
            "Our director will be pleased to attend.",
            "the company",
            Some("Tamarind Vale Water")
        )
    );
}

#[test]
fn a_name_after_brand_is_a_company_the_company_stands_for() {
    // "the sportswear brand Corvelle" makes Corvelle a company, so "The
    // company said" in the sentence after Corvelle's statement is it, not
    // the labour group that wrote the report.
    assert_eq!(
        referents("referent_brand_company")[1],
        row("zero tolerance", "The company", Some("Corvelle"))
    );
}

#[test]
fn a_quote_its_it_attributes_reads_the_body_the_company_stood_for() {
    // "The company said it was rerouting its trucks. “…,” it said": the
    // quote's speaker is the description "it" takes up, which stands for
    // the company named before.
    assert_eq!(
        referents("referent_body_through_it"),
        [row(
            "The safety of our drivers comes first,",
            "The company",
            Some("Pinewell Haulage Ltd")
        )]
    );
}

#[test]
fn the_company_is_no_street_named_after_the_company() {
    // "Old Mission Road" holds a body's word ("Mission") but ends in a
    // street's; "Sierra Vista Power", whose clause calls it "its", opens
    // the sentence before "the company said".
    assert_eq!(
        referents("referent_company_not_street")[1],
        row(
            "reviewing the complaint",
            "the company",
            Some("Sierra Vista Power")
        )
    );
}

#[test]
fn the_government_is_no_company_named_before() {
    // "Kestrel Marine Engineering" ends in a company's word; "The
    // government said" stands for no company, so it keeps no referent.
    assert_eq!(
        referents("government_not_a_company"),
        [(
            "a matter for the courts".to_string(),
            Some("The government".to_string()),
            None
        )]
    );
}

#[test]
fn initials_after_the_stand_for_the_person_whose_title_they_spell() {
    // "District Attorney Maria Ostrowski …. “…,” the DA said": "DA" spells
    // the title's initials, so the DA is the person named after it.
    assert_eq!(
        referents("acronym_of_a_title"),
        [row(
            "This was a planned attack,",
            "DA",
            Some("Maria Ostrowski")
        )]
    );
}

#[test]
fn a_ledes_description_stands_for_the_name_after_the_quote_opening_the_next_paragraph() {
    // "The founder of Halden Commodities told the High Court … ¶ “…,” Lim
    // Kok Seng, 58, said": the next paragraph opens with a quotation whose
    // speaker, named right after it, is the lede's founder.
    assert_eq!(
        referents("lede_description_named_after_quote")[0],
        row(
            "kept in the dark",
            "The founder of Halden Commodities",
            Some("Lim Kok Seng")
        )
    );
}

#[test]
fn an_epithet_naming_an_occupation_refers_to_the_person_named_before() {
    // "the retired postman", "the veteran counsellor": nouns for a person's
    // trade take up the person named in the sentence before.
    assert_eq!(
        referents("epithet_of_an_occupation")[0],
        row(
            "I don’t drive and the bus comes twice a day,",
            "the retired postman",
            Some("Derek Stanislawski")
        )
    );
}
