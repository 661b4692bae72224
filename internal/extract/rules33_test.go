package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/article"
)

// TestRankThenAdjectiveTitle: a rank that is a title word itself, an
// adjective and a title head are one post ("chief medical officer",
// "deputy political editor"); a plain post stays (guard).
func TestRankThenAdjectiveTitle(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "chief medical", text: "Health\n\nThe figures are wrong, said Ruth Kahn, chief medical officer of the American Diabetes Association.",
			want: []string{"Ruth Kahn -chief medical officer of-> American Diabetes Association"}},
		{name: "deputy", text: "Media\n\nThe medics met, said Tom Hale, deputy medical director of the Daily Mail.",
			want: []string{"Tom Hale -deputy medical director of-> Daily Mail"}},
		{name: "plain", text: "Health\n\nThe figures are wrong, said Ruth Kahn, medical officer of the American Diabetes Association.",
			want: []string{"Ruth Kahn -medical officer of-> American Diabetes Association"}},
	})
}

// TestTradeOpensPersonOfOrg: a trade opening the sentence before a
// person's name and "of" an organisation is no part of one long
// organisation's name ("Anatomist Jeffrey Laitman of Harvard University").
func TestTradeOpensPersonOfOrg(t *testing.T) {
	text := "Science\n\nAnatomist Jeffrey Laitman of Harvard University also disputed the findings."
	runRuleCases(t, []ruleCase{
		{name: "trade", text: text, want: []string{"Jeffrey Laitman -member of-> Harvard University"}},
	})
	runTypeCases(t, []typeCase{{text, "Jeffrey Laitman", TypePerson}})
}

// TestBasedAfterUnnamedPrepObject: "based in" right after a preposition's
// unnamed object says where that object is, not the person apposed before
// it ("a spokeswoman for K mart based in Troy"); a named company there is
// based there (guard), as is one told in a relative clause (guard).
func TestBasedAfterUnnamedPrepObject(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "unnamed", text: "Retail\n\nLeslie Kota, a spokeswoman for K mart based in Troy, Mich., said the company would appeal the ruling.",
			wantNot: []string{"Leslie Kota -based in-> Troy"}},
		{name: "named", text: "Retail\n\nLeslie Kota, a spokeswoman for Kmart based in Troy, Mich., said the company would appeal the ruling.",
			want: []string{"Kmart -based in-> Troy", "Leslie Kota -spokeswoman of-> Kmart"}},
		{name: "relative", text: "Cars\n\nThe trucks come from Apex Motorsport, a small driving academy for young racers which is based in Lincolnshire.",
			want: []string{"Apex Motorsport -based in-> Lincolnshire"}},
	})
}

// TestClubReadAsPerson: in a sports report a name of one word the
// recogniser read as a person's is a club when it sacks a coach or a player
// joins it ("sacked by Valencia": Valencia is also a given name); a person
// a pronoun stands for stays one (guard).
func TestClubReadAsPerson(t *testing.T) {
	sacked := "Football\n\nValencia dismiss coach\n\nThe Spanish side said on Monday that coach Claudio Ranieri was sacked by Valencia after a poor run. The striker scored twice."
	joined := "Football\n\nThe Watford goalkeeper Chris Day will join Preston on loan for a month. The striker scored twice and the goalkeeper saved a penalty in the match."
	person := "Football\n\nThe striker scored twice. Beckham signed Owen for the team, and he said the deal was good for the club."
	runTypeCases(t, []typeCase{{sacked, "Valencia", TypeOrg}, {joined, "Preston", TypeOrg}, {person, "Beckham", TypePerson}})
}

// TestPossessedNounOpensClause: "X's agent Y says that he": Y,
// named after the possessed noun, is the clause's subject and the one who
// says it, not the possessor; so with commas (guard).
func TestPossessedNounOpensClause(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "no commas", text: "Football\n\nAdriano's agent Gilmar Rinaldi says that he has never spoken to Chelsea.",
			want: []string{"Gilmar Rinaldi -agent of-> Adriano", "NOT Gilmar Rinaldi -speak to-> Chelsea"}, wantNot: []string{"NOT Adriano -speak to-> Chelsea"}},
		{name: "commas", text: "Football\n\nAdriano's agent, Gilmar Rinaldi, says that he has never spoken to Chelsea.",
			want: []string{"NOT Gilmar Rinaldi -speak to-> Chelsea"}},
	})
}

// TestReportedWrong: a clause reported by a verb of speech, or quoted,
// that tells of a wrong its subject did makes the speaker criticise the
// subject ("Howard said Mr Blair had lied"; the quoted case's speaker
// comes before a phrase of time, "said Charles Kennedy on Sunday"); a
// negated or a modal one does not (guards).
func TestReportedWrong(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "said", text: "Politics\n\nMichael Howard said Tony Blair had lied to voters about the war.",
			want: []string{"Michael Howard -criticize-> Tony Blair"}},
		{name: "quoted", text: "Politics\n\n\"Tony Blair misled the House,\" said Charles Kennedy on Sunday.",
			want: []string{"Charles Kennedy -criticize-> Tony Blair"}},
		{name: "negated", text: "Politics\n\nMichael Howard said Tony Blair had not lied to voters about the war.",
			wantNot: []string{"Michael Howard -criticize-> Tony Blair"}},
		{name: "modal", text: "Politics\n\nMichael Howard said Tony Blair might have misled voters about the war.",
			wantNot: []string{"Michael Howard -criticize-> Tony Blair"}},
	})
}

// TestNationalityBeforeNamedBody: "the Mauritanian Al Akhbar website": a
// nationality, a body's name and what it is; a name that holds the
// nationality's word stays whole (guard: "the English Chamber Orchestra").
func TestNationalityBeforeNamedBody(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "website", text: "Media\n\nThe clip first appeared on the Mauritanian Al Akhbar website last week.",
			want: []string{"Al Akhbar -based in-> Mauritania"}},
		{name: "name", text: "Music\n\nShe played with the English Chamber Orchestra in London.",
			wantNot: []string{"Chamber Orchestra -based in-> England"}},
	})
}

// TestNominalKillings: a killing noun's agent after "by" past a description
// ("by nationalist Gavrilo Princip"); its victim named with an honorific
// and followed by the clause's verb ("of Dr. Martin Luther King, was
// captured"); the one a participle after a comma describes ("the arrest in
// Paris of X, suspected of the murder of Y"); "the site of the
// assassination of X" makes no place a site of X (guard).
func TestNominalKillings(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "by description", text: "History\n\nThe town is known for the assassination of Archduke Franz Ferdinand by nationalist Gavrilo Princip.",
			want: []string{"Gavrilo Princip -assassinate-> Archduke Franz Ferdinand"}},
		{name: "honorific", text: "History\n\nJames Earl Ray, suspected of the assassination of Dr. Martin Luther King, was captured.",
			want: []string{"James Earl Ray -assassinate-> Martin Luther King"}},
		{name: "participle", text: "History\n\nPolice announced the arrest in Paris of Carlos Ramirez, suspected of the murder of Pierre Duval.",
			want: []string{"Carlos Ramirez -murder-> Pierre Duval"}},
		{name: "site", text: "History\n\nSarajevo is the site of the assassination of Archduke Franz Ferdinand by Gavrilo Princip.",
			want:    []string{"Gavrilo Princip -assassinate-> Archduke Franz Ferdinand"},
			wantNot: []string{"Bosnia and Herzegovina -site of-> Archduke Franz Ferdinand", "Sarajevo -site of-> Archduke Franz Ferdinand"}},
	})
}

// TestApposedPostBeforeAcronym: an apposed post of a body whose acronym
// follows in brackets ends at the bracket ("Welsh secretary of the British
// Medical Association (BMA),"); a body's office for a country says nothing
// of where its holder is from, a national's post does (guard).
func TestApposedPostBeforeAcronym(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "acronym", text: "Health\n\nDr Ann Price, Scottish secretary of the Royal College of Nursing (RCN), praised the plan.",
			want: []string{"Ann Price -secretary of-> Royal College of Nursing"}, wantNot: []string{"Ann Price -from-> Scotland"}},
		{name: "national", text: "Aviation\n\nRainer Hertrich, the German co-head of EADS, said the plane was ready.",
			want: []string{"Rainer Hertrich -co-head of-> EADS", "Rainer Hertrich -from-> Germany"}},
	})
}

// TestQuoteSpeakerAfterHonorific: the speaker of a quote named after "said"
// and an honorific ("said Mr Blair") is no pronoun inside the quote.
func TestQuoteSpeakerAfterHonorific(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "honorific", text: "Politics\n\nMr Blair spoke in London. \"It matters that he will fly to Europe next month,\" said Mr Blair.",
			wantNot: []string{"Blair -fly to-> Europe", "Tony Blair -fly to-> Europe"}},
	})
}

// TestPostFields: a post's field after "of" in a copula ("is a University
// of Iowa professor of economics") or two fields joined inside the post
// ("chief scientific and medical officer of X") keep the post; a body
// after "of" is no field (guard: "the Labour leader of the council").
func TestPostFields(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "copula field", text: "Finance\n\nSue Albrecht is a University of Iowa professor of economics.",
			want: []string{"Sue Albrecht -professor of-> University of Iowa"}},
		{name: "two fields", text: "Health\n\nThe figures are wrong, said Ruth Kahn, chief scientific and medical officer of the American Diabetes Association.",
			want: []string{"Ruth Kahn -chief scientific and medical officer of-> American Diabetes Association"}},
		{name: "body", text: "Politics\n\nTom Hart is the Labour leader of the council.",
			wantNot: []string{"Tom Hart -leader of-> Labour Party"}},
	})
}

// TestPartyPostForPlace: a place between a party's possessive and a post
// says where the party's post is, no post of the place ("the Scottish
// National Party's Holyrood leader X"); a local office there is the
// place's (guard: "Labour's London mayor").
func TestPartyPostForPlace(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "party's", text: "Politics\n\nThe Scottish National Party's Holyrood leader Ann Grey wrote to the first minister.",
			want: []string{"Ann Grey -leader of-> Scottish National Party"}, wantNot: []string{"Ann Grey -leader of-> Scotland"}},
		{name: "mayor", text: "Politics\n\nLabour's London mayor Ken Livingstone spoke on Tuesday.",
			want: []string{"Ken Livingstone -mayor of-> London"}},
	})
}

// TestPurposeAfterAside: an infinitive of purpose after a comma and an
// adverb is the main subject's act ("left the club in May, ironically to
// join Leeds"), not the object's.
func TestPurposeAfterAside(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "aside", text: "Football\n\nChelsea are top of the league. Tom Baxter left Chelsea in May, ironically to join Leeds.",
			want: []string{"Tom Baxter -join-> Leeds"}, wantNot: []string{"Chelsea -join-> Leeds"}},
	})
}

// TestPastPartOf: "X was part of Y" told in the plain past is a part no
// longer ("was a big part of the band for ten years"); in the present it
// stays (guard).
func TestPastPartOf(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "past", text: "Music\n\nThe singer said Tom Reed was a big part of Blue Harbour for ten years.",
			want: []string{"Tom Reed -former part of-> Blue Harbour"}},
		{name: "present", text: "Business\n\nThe lender said Acme Bank is part of Halifax Group.",
			want: []string{"Acme Bank -part of-> Halifax Group"}},
	})
}

// TestClauseMood: the clause of "it is unlikely (that)" is likely not
// done (negated, possible); of "it is likely that" may be (possible, not
// future); a past conditional under a condition that did not hold ("had
// she still been a minister, she would have been giving X") was not done
// (negated, conditional); a past conditional alone stays (guard).
func TestClauseMood(t *testing.T) {
	x := newTestExtractor(t)
	for _, tc := range []struct {
		text, subj, obj string
		negated         bool
		modality        string // "*": any
	}{
		{"Politics\n\nA spokesman said it was highly unlikely Ann Lee would give Labour more money.", "Ann Lee", "Labour Party", true, "possible"},
		{"Politics\n\nIt is likely that Ann Lee will give Labour more money.", "Ann Lee", "Labour Party", false, "possible"},
		{"Politics\n\nAnn Lee spoke on Monday. Had she still been a minister, Ann Lee would have been giving Tom Hart more money.", "Ann Lee", "Tom Hart", true, "conditional"},
		{"Politics\n\nAnn Lee spoke on Monday. Ann Lee would have been giving Tom Hart more money, she said.", "Ann Lee", "Tom Hart", false, "*"},
	} {
		res := x.Extract(article.Normalize(tc.text))
		name := entityNames(res)
		found := false
		for _, r := range res.Relations {
			if name[r.Subject] != tc.subj || name[r.Object] != tc.obj {
				continue
			}
			found = true
			if r.Negated != tc.negated || tc.modality != "*" && r.Evidence[0].Modality != tc.modality {
				t.Errorf("%q: %s negated %v modality %q, want %v %q", tc.text, r.Predicate, r.Negated, r.Evidence[0].Modality, tc.negated, tc.modality)
			}
		}
		if !found {
			t.Errorf("%q: no relation of %s to %s", tc.text, tc.subj, tc.obj)
		}
	}
}

// TestChangedSide: the relative clause on the side a team changes is the
// team's act ("Wales have made two changes from the team that beat
// Italy"; "France coach X has made changes to the starting line-up that
// beat England": the coach's side); a side's changes named by no team give
// nobody (guard).
func TestChangedSide(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "team", text: "Rugby\n\nScotland have made three changes from the side that beat Fiji in Glasgow.",
			want: []string{"Scotland -beat-> Fiji"}},
		{name: "coach", text: "Rugby\n\nIreland coach Eddie O'Sullivan has made two changes to the starting line-up that beat Italy.",
			want: []string{"Ireland -beat-> Italy"}},
		{name: "nobody", text: "Rugby\n\nThe coach has made three changes from the side that beat Fiji in Glasgow.",
			wantNot: []string{"Glasgow -beat-> Fiji"}},
	})
}

// TestJudgementAfterAs: an evaluation verb's judgement after "as", past
// the object's possessed noun and its phrase ("branded the government's
// response to the floods as shoddy"), and words of contempt ("stupid")
// criticise; praise after "as" is no criticism (guard).
func TestJudgementAfterAs(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "as", text: "Politics\n\nAnn Lee branded the Irish government's response to the floods as \"shoddy and slow\".",
			want: []string{"Ann Lee -criticize-> Ireland"}},
		{name: "stupid", text: "Politics\n\nTom Hart branded Ann Lee's remarks \"stupid\" on Monday.",
			want: []string{"Tom Hart -criticize-> Ann Lee"}},
		{name: "praise", text: "Politics\n\nTom Hart described Ann Lee's plan as \"brilliant\".",
			wantNot: []string{"Tom Hart -criticize-> Ann Lee"}},
	})
}

// TestPartOnSale: a part whose sale, auction or seizure the sentence tells
// is changing hands, no part the sentence can vouch for ("seized and sold
// Yukos' main production arm, Yugansk"); a part named alone stays (guard).
func TestPartOnSale(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "sale", text: "Business\n\nThe state seized and sold Megacorp's main production arm, Northfield Oil, to a rival.",
			wantNot: []string{"Northfield Oil -part of-> Megacorp"}},
		{name: "part", text: "Business\n\nThe Bank of England's Monetary Policy Committee kept rates on hold.",
			want: []string{"Monetary Policy Committee -part of-> Bank of England"}},
	})
}

// TestGovernedPlace: a place a government post is held of governs, a GPE
// ("New York attorney general Eliot Spitzer"); a place only named stays
// as the recogniser typed it (guard).
func TestGovernedPlace(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Business\n\nA lawsuit filed last year by New York attorney general Eliot Spitzer was settled.", "New York", TypeGPE},
		{"Business\n\nThe firm opened an office in New York last year.", "New York", TypeLoc},
	})
}
