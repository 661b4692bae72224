package extract

import "testing"

// TestNicknameWords: a name inside a nickname ("known as Queen of the
// Sky", "dubbed Britain's Guantanamo Bay") takes part in no relation; a name
// that is the whole nickname is the person's other name (guard).
func TestNicknameWords(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "known as", text: "Blogs\n\nMaria Lopez, known as Queen of the Sky, wrote a diary about her airline job.",
			wantNot: []string{"Maria Lopez -known of-> Sky", "Maria Lopez -queen of-> Sky"}},
		{name: "dubbed", text: "Prisons\n\nThe old prison was dubbed Britain's Guantanamo Bay by its critics.",
			wantNot: []string{"Guantanamo Bay -located in-> United Kingdom"}},
		{name: "whole", text: "Sudan\n\nThe militia, led by Mohamed Hamdan Dagalo, known as Hemedti, attacked Khartoum on Monday.",
			want: []string{"Mohamed Hamdan Dagalo -attack-> Khartoum"}},
	})
}

// TestPlaceListModifiesThing: a list of places before a common noun names
// things of the places ("operates the Madrid, Milan and Lisbon
// exchanges"), even where the tagger read the noun as a verb; places
// listed alone stay the object (guard).
func TestPlaceListModifiesThing(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "list", text: "Markets\n\nThe firm is talking to Euronext, which operates the Amsterdam, Lisbon and Paris exchanges.",
			wantNot: []string{"Euronext -operate-> Netherlands", "Euronext -operate-> Portugal"}},
		{name: "verb tag", text: "Markets\n\nEuronext grew fast. Euronext runs the Amsterdam and Paris exchanges.",
			wantNot: []string{"Euronext -run-> Netherlands"}},
		{name: "places", text: "Diplomacy\n\nBush visited Iraq, Syria and Jordan last week.",
			want: []string{"Bush -visit-> Iraq", "Bush -visit-> Jordan"}},
	})
}

// TestScreenTitleWithOf: in a story about films a title with "of" before a
// crew noun and a name is the film's whole title ("Lord of the Rings
// director Peter Jackson"); a known body's name stays (guard).
func TestScreenTitleWithOf(t *testing.T) {
	text := "Film\n\nThe movie won praise from critics and the actress was pleased. Lord of the Rings director Peter Jackson will start work on a film of The Hobbit. Bank of England director John Smith liked it."
	runRuleCases(t, []ruleCase{
		{name: "title", text: text,
			want:    []string{"Peter Jackson -director of-> Lord of the Rings", "John Smith -director of-> Bank of England"},
			wantNot: []string{"Peter Jackson -director of-> Rings"}},
	})
	runTypeCases(t, []typeCase{{text, "Lord of the Rings", TypeWork}})
}

// TestClubShortForm: in a sports report a one-word club in a club's place
// ("Forest manager X") is the club the report names in full with that last
// word, a club whatever the recogniser read the full name as.
func TestClubShortForm(t *testing.T) {
	text := "Football\n\nTottenham won the FA Cup tie against Nottingham Forest 3-0 on Saturday. Forest manager Gary Megson said his team did not deserve a point. The striker scored twice."
	runRuleCases(t, []ruleCase{
		{name: "club", text: text,
			want: []string{"Gary Megson -manager of-> Nottingham Forest"}, wantNot: []string{"Gary Megson -manager of-> Forest"}},
	})
	runTypeCases(t, []typeCase{{text, "Nottingham Forest", TypeOrg}})
}

// TestCompanyDirectorsAct: a company's directors or bosses act for it
// ("Vodafone's directors backed the bid"); its executives may act alone
// (guard).
func TestCompanyDirectorsAct(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "directors", text: "Telecoms\n\nMCI's directors have backed Verizon, despite its lower offer.",
			want: []string{"MCI -back-> Verizon"}},
		{name: "executives", text: "Telecoms\n\nThree former Columbia executives agreed settlements with the SEC.",
			wantNot: []string{"Columbia -agree settlement with-> Securities and Exchange Commission"}},
	})
}

// TestPartyMayor: a party before a place's office names the holder's party,
// not the office's place ("Labour mayor X": a member of Labour).
func TestPartyMayor(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "mayor", text: "Politics\n\nThe row grew as Labour mayor Ken Livingstone refused to apologise.",
			want: []string{"Ken Livingstone -member of-> Labour Party"}, wantNot: []string{"Ken Livingstone -mayor of-> Labour Party"}},
	})
}

// TestPastPostAtTime: a post told with a plain past copula is a former one,
// also when the sentence ties it to a time ("when the fraud came to
// light"); "has been" is no past (guard); nor a year's side (TestPastPost).
func TestPastPostAtTime(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "at the time", text: "Politics\n\nThe show heard from Lord Jones, who was a Scottish Office minister at the time of the vote.",
			want: []string{"Jones -former minister of-> Scottish Office"}, wantNot: []string{"Jones -minister of-> Scottish Office"}},
		{name: "when", text: "Banking\n\nMr Wang Li was the head of Bank of China when the fraud came to light.",
			want: []string{"Wang Li -former head of-> Bank of China"}},
		{name: "has been", text: "Banking\n\nJohn Smith has been chairman of Barclays since 2001.",
			want: []string{"John Smith -chairman of-> Barclays"}},
	})
}

// TestRegionalCompanyPost: a place between a company's possessive and a
// post names the post's region ("Sony's European president": european
// president of Sony); a state's post keeps its plain title (guard).
func TestRegionalCompanyPost(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "demonym", text: "Games\n\nChris Deering, Sony's European president, predicted strong sales.",
			want: []string{"Chris Deering -european president of-> Sony"}, wantNot: []string{"Chris Deering -president of-> Sony"}},
		{name: "state", text: "Politics\n\nJack Straw, Britain's foreign secretary, spoke on Monday.",
			want: []string{"Jack Straw -foreign secretary of-> United Kingdom"}},
	})
}

// TestParliamentaryPost: "parliamentary" is part of a party's post ("the
// Liberal Democrat parliamentary chairman X": no party chairman).
func TestParliamentaryPost(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "chairman", text: "Politics\n\nThe plan would fail, Liberal Democrat parliamentary chairman Matthew Taylor warned.",
			want: []string{"Matthew Taylor -parliamentary chairman of-> Liberal Democrats"}, wantNot: []string{"Matthew Taylor -chairman of-> Liberal Democrats"}},
	})
}

// TestRecipientBeforeArticle: a name right after a verb of giving, then an
// article and a noun, is the recipient ("ESPN sold EA the rights": sold
// to EA, not EA itself); a goal's lead is no gift (guard).
func TestRecipientBeforeArticle(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "sold", text: "Games\n\nMicrosoft sold Sony the rights to the game in March.",
			want: []string{"Microsoft -sell to-> Sony"}, wantNot: []string{"Microsoft -sell-> Sony"}},
		{name: "lead", text: "Football\n\nFortune gave United the lead after 23 minutes against Chelsea.",
			wantNot: []string{"Fortune -give to-> Manchester United"}},
	})
}

// TestPlaceEndsPhraseBeforeOrg: a place that ends a phrase of a
// preposition does not say where the organisation named right after it is
// ("At the show in Las Vegas Microsoft boss X said"); "US firm Apple"
// does (guard).
func TestPlaceEndsPhraseBeforeOrg(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "in", text: "Tech\n\nAt the games fair in Las Vegas Microsoft boss Bill Gates showed a new console.",
			want: []string{"Bill Gates -boss of-> Microsoft"}, wantNot: []string{"Microsoft -based in-> Las Vegas"}},
		{name: "firm", text: "Tech\n\nShares in US firm Apple rose on Monday.",
			want: []string{"Apple -based in-> United States"}},
	})
}

// TestTownClubByRelation: in a sports report a town a player joins or is
// linked to, whose post a person holds (a consultant at Barcelona), or
// that recalls or bids for a player is its club; a county a player moved
// to stays a place (guard).
func TestTownClubByRelation(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Football\n\nAjax turned to Johann Cruyff, now a consultant at Barcelona, for help in finding a new coach for the club.", "Barcelona", TypeOrg},
		{"Football\n\nThe clubs could not agree a fee for Barry Ferguson, who moved to Lancashire in 2003 to join the striker.", "Lancashire", TypeLoc},
	})
}

// TestAnswerToPossessedSaying: a verb that takes or refuses what someone
// said or offered names it ("rejected Mr Howard's comment": reject comment
// of Howard); the event code stays; an answer to the person stays (guard).
func TestAnswerToPossessedSaying(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "comment", text: "Politics\n\nMargaret Beckett rejected Michael Howard's comment on Monday.",
			want: []string{"Margaret Beckett -reject comment of-> Michael Howard"}, wantNot: []string{"Margaret Beckett -reject-> Michael Howard"}},
		{name: "person", text: "Politics\n\nMargaret Beckett rejected Michael Howard on Monday.",
			want: []string{"Margaret Beckett -reject-> Michael Howard"}},
	})
	runEventCases(t, []eventCase{
		{"Politics\n\nMargaret Beckett rejected Michael Howard's comment on Monday.", "reject comment of", "120", ""},
	})
}

// TestSignedAwayPost: a player another club has signed holds his old
// club's post no longer ("has signed Roma defender X"); one a club wants to
// sign, or signs on loan, still does (guards).
func TestSignedAwayPost(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "signed", text: "Football\n\nThe Bolton manager has now signed Roma defender Vincent Candela until the summer.",
			want: []string{"Vincent Candela -former defender of-> Roma"}, wantNot: []string{"Vincent Candela -defender of-> Roma"}},
		{name: "want", text: "Football\n\nLiverpool want to sign Real Madrid striker Fernando Morientes.",
			want: []string{"Fernando Morientes -striker of-> Real Madrid"}},
		{name: "loan", text: "Football\n\nEverton signed Leeds winger Tom Hart on loan.",
			want: []string{"Tom Hart -winger of-> Leeds"}},
	})
}

// TestKinIsPerson: an organisation a kin relation gives a wife or a son is
// a person the recogniser read as a body ("the future wife of Johnny
// Cash").
func TestKinIsPerson(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Music\n\nThe track was co-written by June Carter Cash, the second wife of Johnny Cash who recorded it.", "Johnny Cash", TypePerson},
	})
}

// TestDecisionTaken: what a decision is to do is told as done ("defended
// the decision to give X a contract"); a plan stays planned (guard).
func TestDecisionTaken(t *testing.T) {
	runModalityCases(t, []modalityCase{
		{"Football\nWolves chief executive Tom Hale defended the decision to give Glenn Hoddle a short-term contract.", "Tom Hale -give to-> Glenn Hoddle", ""},
		{"Business\nThe deal dates back to General Motors' decision to buy a stake in Fiat in 2000.", "General Motors -buy stake in-> Fiat", ""},
		{"Business\nGeneral Motors has a plan to buy a stake in Fiat.", "General Motors -buy stake in-> Fiat", "planned"},
	})
}
