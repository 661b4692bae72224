package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/article"
)

// TestPronounBinding: a sentence-opening "he" cannot stand for a person
// named later in its own clause, so the other person in reach is its
// referent; a loose clause, a quote or a possessor binds nothing.
func TestPronounBinding(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "object of the pronoun's verb is not the pronoun",
			text: "Viewers backed Okafor in a poll. But Mercer accused Okafor of lying for his own gain, saying viewers were misled. He urged Okafor to resign before the vote.",
			want: []string{"Mercer -urge-> Okafor"}},
		{name: "reported clause subject is not the pronoun",
			text: "Petrov met Jensen on Monday and Jensen agreed. He told Reuters that Jensen would resign.",
			want: []string{"Petrov -tell-> Reuters"}, wantNot: []string{"Jensen -tell-> Reuters"}},
		{name: "a name after but may be the pronoun's referent",
			text: "Graham Stuart left Leeds in May after a row with coach Mark Hale. He joins Norwich, but Stuart is confident he will settle.",
			want: []string{"Graham Stuart -join-> Norwich"}, wantNot: []string{"Mark Hale -join-> Norwich"}},
	})
}

// TestTheyTeams: in a sports report, "they" opening a subordinate clause
// is the one team named before it in the sentence.
func TestTheyTeams(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "possessor team",
			text: "The Davis Cup final went to five sets. Croatia's only other Davis Cup title came in 2005, when they beat Slovakia in the final match.",
			want: []string{"Croatia -beat-> Slovakia"}},
		{name: "country before side",
			text: "The rugby coach Marc Dupont praised his Ireland side after they fought back to beat Scotland 20-17 in the Six Nations match.",
			want: []string{"Ireland -beat-> Scotland"}},
		{name: "two teams before: either",
			text:    "The Six Nations match was tense. Wales beat Italy in Rome before they travelled to play France in the final game.",
			wantNot: []string{"Wales -travel to-> France", "Italy -travel to-> France", "Wales -play-> France", "Italy -play-> France"}},
		{name: "not outside sport",
			text:    "Spain's economy grew in 2004, when they signed a trade deal with Morocco.",
			wantNot: []string{"Spain -sign trade deal with-> Morocco", "Spain -sign deal with-> Morocco"}},
	})
}

// TestTeamSheetTowns: the towns bracketed after the players of a team
// sheet are their clubs; a substitute and his minute are not.
func TestTeamSheetTowns(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "town clubs",
			text: "Coach Marc Lievremont named his rugby squad for the Six Nations match against Italy.\n\nPascal Durand (Biarritz), Luc Morel (Bourgoin), Henri Vidal (Perpignan), Paul Lagarde (Castres).",
			want: []string{"Pascal Durand -player of-> Biarritz", "Paul Lagarde -player of-> Castres"}},
		{name: "substitutes",
			text:    "The striker scored twice as the club won the league match.\n\nSide: Hierro (Campo 64), Okocha (Vaz Te 77), Tiago (Bridge 45), Speed, Candela, Hunt (Fadiga 14), Robben (Jackson 79).",
			wantNot: []string{"Hierro -player of-> Campo 64", "Tiago -player of-> Bridge 45", "Robben -player of-> Jackson 79"}},
	})
}

// TestStakesAndOwners: stakes held through a possessive or a relative
// clause, the largest shareholder, a stake as a verb's object after "his".
func TestStakesAndOwners(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "possessive stake",
			text: "Shares rose after the report. Roman Abramovich's stake in Sibneft was sold last year, the company said.",
			want: []string{"Roman Abramovich -have stake in-> Sibneft"}},
		{name: "his stake as the object",
			text: "The tycoon Oleg Deripaska has increased his stake in Rusal to 66%, the company said.",
			want: []string{"Oleg Deripaska -increase stake in-> Rusal"}, wantNot: []string{"Oleg Deripaska -have stake in-> Rusal"}},
		{name: "relative clause stake",
			text: "Shares in Wintershall, in which BASF has a 40% stake, rose sharply on Monday.",
			want: []string{"BASF -have stake in-> Wintershall"}},
		{name: "superlative shareholder",
			text: "Analysts said Warren Buffett, the largest shareholder in Coca-Cola, would back the plan.",
			want: []string{"Warren Buffett -shareholder in-> Coca-Cola"}},
		{name: "superlative is not a post",
			text:    "Pundits said Thierry Henry, the best striker in Europe, would score against Chelsea.",
			wantNot: []string{"Thierry Henry -striker in-> Europe"}},
		{name: "chief accountant",
			text: "The rules were eased, said Donald Nicolaisen, the SEC's chief accountant.",
			want: []string{"Donald Nicolaisen -chief accountant of-> SEC"}},
	})
}

// TestPossessiveNames: a possessive the recogniser took into a name is
// dropped (unless the document uses the form as a name before a verb,
// as BBC business reports do with "McDonald's announced").
func TestPossessiveNames(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "possessive before a post",
			text: "Investment boss Karl Brandt - Borussia Dortmund's largest investor - wants a say in the club.",
			want: []string{"Karl Brandt -investor of-> Borussia Dortmund"}, noEntity: []string{"Borussia Dortmund's"}},
	})
}

// TestTitleOfBodyBeforeName: a lower-case title, "of", an organisation
// and the holder's name; the organisation's name stops at the person.
func TestTitleOfBodyBeforeName(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "governor of the bank",
			text: "Interest rates will rise, said governor of the Bank of England Mervyn King on Tuesday.",
			want: []string{"Mervyn King -governor of-> Bank of England"}, noEntity: []string{"Bank of England Mervyn King"}},
		{name: "shadow leader",
			text: "The plan was costly, the shadow leader of the Commons Oliver Heald said on Monday.",
			want: []string{"Oliver Heald -shadow leader of-> House of Commons"}},
		{name: "a demonym before the body is no post's country",
			text:    "Copyright mattered, said Jane Hill, director general of British Music Rights, on Monday.",
			wantNot: []string{"Music Rights -director general of-> United Kingdom", "Music Rights -general of-> United Kingdom"}},
	})
}

// TestShareParticiples: "46%-owned by", "majority-owned by" and a relative
// pronoun before a short adverbial ("which in turn is run by").
func TestShareParticiples(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "percent owned and in turn",
			text: "Shares in Tata Motors rose. Tata Motors is 33%-owned by Tata Sons, which in turn is run by Ratan Tata.",
			want: []string{"Tata Sons -own-> Tata Motors", "Ratan Tata -run-> Tata Sons"}},
		{name: "majority owned",
			text: "The carmaker Jaguar, majority-owned by India's Tata Motors, said sales rose.",
			want: []string{"Tata Motors -own-> Jaguar"}},
		{name: "who also",
			text: "The main shareholders are the French government (15%), who also support Mr Gallois, and Daimler (30%).",
			want: []string{"France -support-> Gallois"}},
	})
}

// TestPostsOfCompanies: a possessive post with a portfolio or a country,
// a speaker "at" a company, a party's peer.
func TestPostsOfCompanies(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "possessive post with portfolio",
			text: "\"Taxes will rise,\" said Anna Berg, Deloitte's head of tax.",
			want: []string{"Anna Berg -head of tax at-> Deloitte"}},
		{name: "country inside a possessive post",
			text: "\"Sales were strong,\" said Mark Price, Tesco's UK chief executive.",
			want: []string{"Mark Price -uk chief executive of-> Tesco"}}, // (the region kept: TestRegionalCompanyPost)
		{name: "speaker at a company",
			text: "\"The dollar will fall,\" said Kurt Lenz at Commerzbank.",
			want: []string{"Kurt Lenz -member of-> Commerzbank"}},
		{name: "met someone at a company is no post",
			text:    "The minister met Kurt Lenz at Commerzbank.",
			wantNot: []string{"Kurt Lenz -member of-> Commerzbank"}},
		{name: "party peer",
			text: "Labour peer Lord Sainsbury said the bill would pass.",
			want: []string{"Sainsbury -member of-> Labour Party"}},
	})
}

// TestBodiesOf: an organisation's named committee or department is part
// of it; its product is not.
func TestBodiesOf(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "committee",
			text: "Rates were held by the Federal Reserve's Open Market Committee on Tuesday.",
			want: []string{"Open Market Committee -part of-> Federal Reserve"}},
		{name: "not a product",
			text:    "Sales of Microsoft's Xbox Live rose sharply, analysts said.",
			wantNot: []string{"Xbox Live -part of-> Microsoft"}},
	})
}

// TestApposedCapitalTitles: a capitalised post in an apposition is a post,
// not a name.
func TestApposedCapitalTitles(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "vice president of",
			text: "David Ellis, Vice President of the ATP, told reporters: \"We agree with the players.\"",
			want: []string{"David Ellis -vice president of-> ATP"}, noEntity: []string{"Vice President"}},
		{name: "chief executive of",
			text: "Earlier, Jane Ross, Chief Executive of Barclays, had said the bank would grow.",
			want: []string{"Jane Ross -chief executive of-> Barclays"}, noEntity: []string{"Executive of Barclays"}},
	})
}

// TestApposedAfterPossessed: "the chairman of Spain's biggest bank,
// Santander," is the bank's chairman.
func TestApposedAfterPossessed(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "bank named after the description",
			text: "The trial of Alfredo Saenz, the chairman of Spain's biggest bank, Banco Santander, has started in Madrid.",
			want: []string{"Alfredo Saenz -chairman of-> Banco Santander"}},
	})
}

// TestCountrysCompany: "X, Brazil's flagship airline" describes a company.
func TestCountrysCompany(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "possessive description",
			text: "Vasp\nThe government may rescue Vasp, Brazil's second airline, officials said. Vasp is struggling.",
			want: []string{"Vasp -based in-> Brazil"}},
	})
}

// TestRankedCompanies: "X, the world's biggest winemaker" and "Danish
// brewer X" describe companies.
func TestRankedCompanies(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "world's biggest",
			text: "Wine deal\nThe industry is being reshaped by Constellation, the world's biggest winemaker. It grew when it bought Australian firm Orlando Wyndham in 2003.",
			want: []string{"Constellation -buy-> Orlando Wyndham"}},
		{name: "national brewer",
			text: "Profits at Danish brewer Carlsberg fell by 3% as demand waned.",
			want: []string{"Carlsberg -based in-> Denmark"}},
	})
}

// TestItAfterOpeningPhrase: "It" opening a sentence is the organisation
// that was the subject of the sentence before, after its opening phrase.
func TestItAfterOpeningPhrase(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "after a time phrase",
			text: "On Tuesday, the Football Association charged Chelsea with misconduct. It also charged Arsenal over the brawl.",
			want: []string{"Football Association -charge-> Arsenal"}},
	})
}

// TestDrawFixes24: misses and errors of this stop's random BBC draw.
func TestDrawFixes24(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "a compound title tagged as a verb is no predicate",
			text:    "Doherty\nSinger Pete Doherty was freed on bail. The singer, who is said to be dating supermodel Naomi Campbell, was held by police overnight.",
			wantNot: []string{"Pete Doherty -supermodel-> Naomi Campbell"}},
		{name: "nationality and trade",
			text: "At a dinner, Danish supermodel Helena Christensen was named an ambassador.",
			want: []string{"Helena Christensen -from-> Denmark"}},
		{name: "a closed relative clause before and",
			text: "Jamie Foxx praised the music of singer Ray Charles, who died in June, and thanked director Taylor Hackford.",
			want: []string{"Jamie Foxx -thank-> Taylor Hackford"}, wantNot: []string{"Ray Charles -thank-> Taylor Hackford"}},
	})
}

// TestClubManagerFirst: a sentence-initial club before "manager" and a
// name, when the text names the club elsewhere.
func TestClubManagerFirst(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "dictionary word club",
			text: "Derby boss\nArsenal manager Arsene Wenger claimed the defeat was unlucky. He said Arsenal would recover.",
			want: []string{"Arsene Wenger -manager of-> Arsenal"}},
	})
}

// TestScoreLines: a line that is a result says who beat whom; names lose
// the full stop and comma the recogniser took into them.
func TestScoreLines(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "away win",
			text: "Fulham 1-3 Chelsea\n\nFulham manager Chris Coleman said his striker had been unlucky in the league match. Chelsea scored three goals.",
			want: []string{"Chelsea -beat-> Fulham"}, wantNot: []string{"Fulham -beat-> Chelsea"}},
		{name: "draw",
			text: "Leeds 2-2 Derby\n\nLeeds manager Kevin Blackwell said his striker had been unlucky in the league match. Derby scored two goals.",
			want: []string{"Leeds -draw with-> Derby"}},
		{name: "a score inside a sentence",
			text:    "Rugby\n\nThe Six Nations match Wales 24-18 France was the best rugby game of the season, the coach said.",
			wantNot: []string{"Wales -beat-> France"}},
	})
}

// TestFixtures: a sports report's list of matches; a side not yet decided
// is left out.
func TestFixtures(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "list",
			text: "The draw for the World Cup qualifiers gave the league champions a tough group for the match season.\n\nSeptember 3 - Spain v Serbia; Belgium v Lithuania.\n\nIreland v Georgia (Sat)",
			want: []string{"Spain -play-> Serbia", "Belgium -play-> Lithuania", "Ireland -play-> Georgia"}},
		{name: "undecided side",
			text:    "The cup draw gave the league champions a tough tie for the match.\n\nChelsea or Wigan v Arsenal\n\nStoke v Everton or Fulham",
			wantNot: []string{"Wigan -play-> Arsenal", "Stoke -play-> Everton", "Chelsea -play-> Arsenal"}},
	})
}

// TestJudgedPlans: judging a party's or a state's plans judges the party
// or the state ("attacked Tory plans", "attacked Labour's six new
// pledges"); knowing someone's views is no relation with them.
func TestJudgedPlans(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "possessed pledges",
			text: "Liam Fox attacked Labour's six new pledges as vacuous.",
			want: []string{"Liam Fox -attack-> Labour Party"}},
		{name: "party plans",
			text: "Paul Boateng attacked the Tory plans to cut spending.",
			want: []string{"Paul Boateng -attack-> Conservative Party"}},
		{name: "not any verb",
			text:    "Liam Fox studied the Tory plans to cut spending.",
			wantNot: []string{"Liam Fox -study-> Conservative Party"}},
	})
}

// TestEventCodesOfWords: verbal defence, talk about a topic, hosting a
// show and artists' collaboration are no CAMEO events; a military
// defence and talks with a partner are.
func TestEventCodesOfWords(t *testing.T) {
	runEventCases(t, []eventCase{
		{"Tony Blair defended the UK's current policy on Sunday, saying every system could be abused.", "defend", "", ""},
		{"The Electronic Frontier Foundation is also defending StreamCast Networks in court.", "defend", "", ""},
		{"British troops and warships defended Kuwait against the Iraqi army.", "defend", "074", ""},
		{"Tony Blair met Gerhard Schroeder in Berlin to talk about Turkey and its bid to join the EU.", "talk about", "", ""},
		{"Tony Blair held talks with Pervez Musharraf on Monday.", "hold talk with", "040", ""},
		{"The writer Stan Lee is now collaborating with screenwriter Peter Briggs on a new script.", "collaborate with", "", ""},
		{"The Brazilian city of Porto Alegre hosted the World Social Forum last month.", "host", "", ""},
		{"Oscar nominee Alan Alda and the director Spike Lee have paid tribute to the actor Ossie Davis.", "pay tribute to", "051", ""},
		{"Mr Blair contrasted the Labour party of today with the Tory party in a speech on Friday.", "contrast", "", ""},
	})
}

// eventCase is a text, the predicate of a relation it gives and that
// relation's CAMEO code ("" for no event); subj, when set, is the
// relation's subject ID.
type eventCase struct {
	text, pred, code, subj string
}

// runEventCases checks that every case's text gives a relation with the
// predicate, and that each such relation has the code.
func runEventCases(t *testing.T, tests []eventCase) {
	t.Helper()
	x := newTestExtractor(t)
	for _, tc := range tests {
		res := x.Extract(article.Normalize(tc.text))
		found := false
		for _, r := range res.Relations {
			if r.Predicate != tc.pred || tc.subj != "" && r.Subject != tc.subj {
				continue
			}
			found = true
			got := ""
			if r.Event != nil {
				got = r.Event.Code
			}
			if got != tc.code {
				t.Errorf("%q: %s coded %q, want %q", tc.text, tc.pred, got, tc.code)
			}
		}
		if !found {
			t.Errorf("%q: no %q relation (subject %q) in %v", tc.text, tc.pred, tc.subj, rels(res))
		}
	}
}

// TestUnclosedApposition: a speaker's apposition whose closing comma is
// missing; "it" after the verb is the organisation he speaks for.
func TestUnclosedApposition(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "strategist told",
			text: "Karl Weber, a strategist at Hauck Securities told Reuters that rates would rise.",
			want: []string{"Karl Weber -tell-> Reuters", "Karl Weber -strategist at-> Hauck Securities"}},
		{name: "it is the organisation",
			text: "Anna Price, a spokeswoman for the Flood Relief Committee said it knew of the fake site and had contacted the Metropolitan Police about it.",
			want: []string{"Flood Relief Committee -contact-> Metropolitan Police"}},
		{name: "not a passive",
			text:    "Sung by Cliff Richard and Boy George, the new single was written by the DJ Mike Read.",
			wantNot: []string{"Mike Read -write-> Boy George", "Mike Read -write-> Cliff Richard"}},
	})
}

// TestPluralPossessor: "The Tories' Michael Howard" is the party's man;
// "the Bloggers' Bill of Rights" is no person.
func TestPluralPossessor(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "party",
			text: "The Tories' Michael Howard said the poll was wrong.",
			want: []string{"Michael Howard -member of-> Conservative Party"}},
		{name: "a charter",
			text:    "She later launched the International Bloggers' Bill of Rights as a petition.",
			wantNot: []string{"Bill of Rights -member of-> International Bloggers"}},
	})
}

// TestQuoteSpeakerNotTopic: the pronoun that says a quote is not the person
// the quote speaks of.
func TestQuoteSpeakerNotTopic(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "title inside the quote",
			text: "Mark Oaten criticised the plans. Home Secretary Charles Clarke defended them on Monday.\n\n\"The issue the home secretary is dodging is how we tackle the problem,\" he told BBC News.",
			want: []string{"Mark Oaten -tell-> BBC News"}, wantNot: []string{"Charles Clarke -tell-> BBC News"}},
	})
}

// TestCoordinationAfterAge: an age between commas does not end a
// coordinated subject.
func TestCoordinationAfterAge(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "age",
			text: "Tom Jones, 64, and Linda Smith live in Los Angeles.",
			want: []string{"Tom Jones -live in-> Los Angeles", "Linda Smith -live in-> Los Angeles"}},
	})
}

// TestOrganisationDescriptions: "the Mozilla foundation" is Mozilla;
// "X, the UK's premium rate services watchdog," describes an organisation;
// "urging telecoms regulator, Ofcom," names the object, unless the noun is
// the subject's own ("with its own budget airline, Jetstar").
func TestOrganisationDescriptions(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "lower-case foundation",
			text: "Mitchell Baker, chairman of the Mozilla foundation, said Microsoft might sue rivals.",
			want: []string{"Mitchell Baker -chairman of-> Mozilla"}},
		{name: "country's watchdog",
			text: "Phones\nOfwat, the UK's water services watchdog, said it had fined the companies.",
			want: []string{"Ofwat -based in-> United Kingdom"}},
		{name: "regulator named after a comma",
			text: "The RNID is now urging telecoms regulator, Ofcom, to cut the price of the relay service.",
			want: []string{"RNID -urge-> Ofcom"}},
		{name: "its own airline",
			text:    "The national carrier, Qantas, has hit back with its own budget airline, Jetstar, a year after the merger.",
			wantNot: []string{"Qantas -hit back-> Jetstar", "Qantas -hit back with-> Jetstar"}},
	})
}

// TestFarPassiveAgent: a passive of judging whose agent comes after its
// complement; a description apposed to a name is that name, not an
// organisation named before.
func TestFarPassiveAgent(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "accused of ... by",
			text: "Google launched the service. China has been accused of blocking its Google News site by the press freedom watchdog, Reporters Without Borders.",
			want: []string{"Reporters Without Borders -accuse-> China"}, wantNot: []string{"Google -accuse-> China"}},
		{name: "not across a clause",
			text:    "Iran was accused of hiding its plans, which were exposed by the press agency Reuters.",
			wantNot: []string{"Reuters -accuse-> Iran"}},
	})
}

// TestCounterpartsList: "met his Greek, Cypriot and French counterparts,
// A, B and C" meets all three, who are foreign ministers when he is a
// secretary of state.
func TestCounterpartsList(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "three nationalities",
			text: "Talks\nMike Pompeo met his Greek, Cypriot and French counterparts, Nikos Dendias, Nikos Christodoulides and Jean-Yves Le Drian, respectively, in Washington.",
			want: []string{"Mike Pompeo -meet-> Nikos Dendias", "Mike Pompeo -meet-> Nikos Christodoulides", "Mike Pompeo -meet-> Jean-Yves Le Drian"}},
		{name: "a secretary of state's counterparts are foreign ministers",
			text: "Talks\nUS Secretary of State Mike Pompeo met his Greek and French counterparts, Nikos Dendias and Jean-Yves Le Drian, respectively, in Washington.",
			want: []string{"Nikos Dendias -foreign minister of-> Greece", "Jean-Yves Le Drian -foreign minister of-> France"}},
	})
}

// TestCorporateLinks: only a company has a parent or a subsidiary:
// "the parent company of Lexus", "Lexus's parent company Toyota".
func TestCorporateLinks(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "parent company of",
			text: "Deal\nToyota, the parent company of Lexus, cut prices.",
			want: []string{"Toyota -parent of-> Lexus"}},
		{name: "possessive parent company",
			text: "Deal\nLexus's parent company Toyota cut prices.",
			want: []string{"Toyota -parent of-> Lexus"}},
	})
}

// TestBeingPassive: "after being charged by X": X acts on the main
// clause's subject.
func TestBeingPassive(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "after being charged",
			text: "Doping\nThe sprinter Tim Montgomery could be banned for life after being charged by the USADA in June.",
			want: []string{"USADA -charge-> Tim Montgomery"}},
		{name: "after being fined",
			text: "The coach Luis Aragones was angry after being fined by the Spanish Football Federation.",
			want: []string{"Spanish Football Federation -fine-> Luis Aragones"}},
	})
}

// TestResultVerbs: more verbs whose subject holds the win that follows
// ("cruised to an easy win over X", "eased into the final with a win over X").
func TestResultVerbs(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "cruised to a win",
			text: "Football\nChelsea cruised to an easy 4-0 win over Norwich in the Premiership match.",
			want: []string{"Chelsea -beat-> Norwich"}},
	})
}

// TestSpeakerJudges: a verb of judging after "and" that follows a reported
// clause is the speaker's ("X said Labour would set out plans and attacked
// Y").
func TestSpeakerJudges(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "and attacked",
			text: "Gordon Brown said Labour would publish its own plans within weeks and attacked the Tory proposals.",
			want: []string{"Gordon Brown -attack-> Conservative Party"}, wantNot: []string{"Labour Party -attack-> Conservative Party"}},
	})
}

// TestRelativeAfterPlace: "a battle in Athens which ended with X": the
// relative clause is the noun's, not the place's.
func TestRelativeAfterPlace(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "battle in a city",
			text:    "Pole vault\nThe two women fought a great duel in Madrid which ended with Yelena Isinbayeva setting a record.",
			wantNot: []string{"Madrid -end with-> Yelena Isinbayeva"}},
	})
}
