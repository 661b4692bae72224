package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/article"
)

// TestSeatsOfGovernment: the White House and the Kremlin are bodies of
// their own (the gold sets and the analysts read them so), not
// their countries; Downing Street stays the United Kingdom's name.
func TestSeatsOfGovernment(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Veto\nThe White House said on Friday that it would veto the spending bill.", "White House", TypeOrg},
		{"Shelling\nThe Kremlin accused Kyiv of shelling the border town on Sunday.", "Kremlin", TypeOrg},
	})
	runRuleCases(t, []ruleCase{
		{name: "spokesman of the White House",
			text:    "Talks\nWhite House spokesman Dan Reilly said the talks with Tehran would continue next week.",
			want:    []string{"Dan Reilly -spokesman of-> White House"},
			wantNot: []string{"Dan Reilly -spokesman of-> United States"}},
		{name: "the Kremlin accuses",
			text:    "Claims\nThe Kremlin on Monday accused Georgia of arming the separatists.",
			want:    []string{"Kremlin -accuse-> Georgia"},
			wantNot: []string{"Russia -accuse-> Georgia"}},
	})
}

// TestSpeakerAccusesAfterReport: "X said <a clause with no name as its
// subject> and accused Y": the speaker accuses, however the parse hung
// the second verb.
func TestSpeakerAccusesAfterReport(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "after a copula",
			text: "Port\nHarbour chief Tomas Varga said the blockade was unlawful and accused Moldova of piracy.",
			want: []string{"Tomas Varga -accuse-> Moldova"}},
		{name: "after an intransitive verb",
			text: "Budget\nAn aide to the mayor, Lina Okafor, said the negotiations collapsed and blamed Siemens for the delay.",
			want: []string{"Lina Okafor -blame-> Siemens"}},
	})
}

// TestParseSubject: a subject the window scan cannot reach past
// participles and appositions is the parse's.
func TestParseSubject(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "past two participles",
			text: "Valley\nThe Popular Resistance Movement, commanded by Omar Jalil and armed by Iran, has been fighting the Badr Brigade since 2009.",
			want: []string{"Popular Resistance Movement -fight-> Badr Brigade", "Omar Jalil -command-> Popular Resistance Movement"}},
		{name: "past an apposition with a phrase",
			text: "Market\nLena Vos, an analyst from the Dutch bank ING, told Bloomberg that prices would fall.",
			want: []string{"Lena Vos -tell-> Bloomberg"}},
		{name: "not a pronoun's",
			text:    "Dinner\nAt a dinner hosted by Deputy Mayor Ray Ortiz he told Ms Hale of his plan to resign.",
			wantNot: []string{"Ray Ortiz -tell-> Hale"}},
	})
}

// TestConjoinedParticiples: the second of two participles describing a
// name describes it too.
func TestConjoinedParticiples(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "agent of the second participle",
			text:    "Raid\nThe Popular Resistance Movement, commanded by Omar Jalil and armed by Iran, attacked Mosul.",
			want:    []string{"Iran -arm-> Popular Resistance Movement", "Omar Jalil -command-> Popular Resistance Movement"},
			wantNot: []string{"Iran -arm-> Omar Jalil"}},
		{name: "place of the second participle",
			text: "Rockets\nThe Eastern Group, founded in 1987 and based in Gaza, fired rockets on Sunday.",
			want: []string{"Eastern Group -based in-> Gaza Strip"}},
	})
}

// TestApposedAgencyIsNoParty: "X, the U.S. agency involved in": an
// apposition, not a second object.
func TestApposedAgencyIsNoParty(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "the country's agency",
			text:    "Audit\nJim Neill heads the Missile Agency, a U.S. agency. Tom Hart heads the Tax Office, the U.S. agency involved in the audit.",
			want:    []string{"Tom Hart -head-> Tax Office"},
			wantNot: []string{"Tom Hart -head-> United States"}},
		{name: "a list with the",
			text: "Rift\nEgypt criticized Qatar, the UAE and Turkey on Monday.",
			want: []string{"Egypt -criticize-> United Arab Emirates", "Egypt -criticize-> Turkey"}},
	})
}

// TestDeedMustFit: "condemned the attack" names the doer of the act told
// before only when that act was an attack (or a generic "decision").
func TestDeedMustFit(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "an approval is no attack",
			text:    "Dam\nThe Ugandan cabinet approved the dam. Kenya condemned the attack.",
			wantNot: []string{"Kenya -condemn-> Uganda"}},
		{name: "an annexation",
			text: "Islands\nArgentina annexed the Falkland Islands. Chile condemned the annexation.",
			want: []string{"Chile -condemn-> Argentina"}},
	})
}

// TestCountyIsAPlace: "X County" is a place outside a sports report, a
// club in one.
func TestCountyIsAPlace(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Floods\nThe river flooded 300 homes in Marion County on Sunday, officials said.", "Marion County", TypeLoc},
		{"Late winner\nStockport County beat Wrexham 2-1 in the league on Saturday, with a goal from the striker in the last minute of the match.", "Stockport County", TypeOrg},
	})
}

// TestRelativeOnCopulaPredicate: "X was a jealous clerk who killed Y": the
// relative's subject is what the copula says X is.
func TestRelativeOnCopulaPredicate(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "who after a copula's noun",
			text: "Archive\nTom Rudd was a jealous clerk who killed Mayor Alan Price in 1931.",
			want: []string{"Tom Rudd -kill-> Alan Price"}},
		{name: "which after a copula's noun",
			text: "Hackers\nDark Tide is a hacker collective which attacked Ubisoft in March.",
			want: []string{"Dark Tide -attack-> Ubisoft"}},
	})
}

// TestMoreTitles: publishers, traders and supervisors hold posts.
func TestMoreTitles(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "publisher of a paper",
			text: "Press\nMark Ellis, publisher of the Dayton Ledger, said the paper would close.",
			want: []string{"Mark Ellis -publisher of-> Dayton Ledger"}},
		{name: "supervisor for a body",
			text: "Vote\nAnn Price, elections supervisor for the Nassau Board of Elections, said turnout was low.",
			want: []string{"Ann Price -elections supervisor of-> Nassau Board of Elections"}},
	})
}

// TestCompassOf: "a mile northeast of X" says where, not what the verb
// does to X.
func TestCompassOf(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "drowned northeast of a town",
			text:    "River\nTeddy Marsh, 12, drowned on Sunday about two miles northeast of Bayfield.",
			wantNot: []string{"Teddy Marsh -drown of-> Bayfield"}},
	})
}

// TestAccusedPossessed: "X's father, Y, was convicted of the killing of
// Z": Y is the accused, not X.
func TestAccusedPossessed(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "apposed to the possessed",
			text:    "Verdict\nCastro's father, rancher Ivo Braga, was convicted of planning the slaying of Lucio Neves.",
			want:    []string{"Ivo Braga -kill-> Lucio Neves"},
			wantNot: []string{"Castro -kill-> Lucio Neves"}},
		{name: "unnamed possessed",
			text:    "Verdict\nMoreno's uncle was convicted of ordering the slaying of Pablo Ruiz.",
			wantNot: []string{"Moreno -kill-> Pablo Ruiz"}},
	})
}

// TestDatelineCapital: "NAIROBI, Kenya (AP) -": the dateline names the
// city, in its country.
func TestDatelineCapital(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "capital then country",
			text: "Taxes\nACCRA, Ghana (AP) - The government on Friday raised the tax on fuel.",
			want: []string{"Accra -located in-> Ghana"}},
	})
}

// TestCommaInPlace: "X, in northern Y," says where X is.
func TestCommaInPlace(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "in a country with a compass word",
			text: "Raid\nThe raid on Jalalabad, in eastern Afghanistan, killed four guards.",
			want: []string{"Jalalabad -located in-> Afghanistan"}},
		{name: "in a range",
			text: "Glacier\nThe Matterhorn, in the Alps, lost ice this summer.",
			want: []string{"Matterhorn -located in-> Alps"}},
	})
}

// TestProvinceIn: "X province in southern Y" and "X province, Y": the
// region lies in the country.
func TestProvinceIn(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "province in a country",
			text: "Offensive\nTroops pushed into Kandahar province in southern Afghanistan on Friday.",
			want: []string{"Kandahar -located in-> Afghanistan"}},
		{name: "province, country",
			text: "Quake\nThe quake struck Sichuan province, China, at dawn on Monday.",
			want: []string{"Sichuan -located in-> China"}},
	})
}

// TestPastReadAsNoun: "Gazprom cut/NN gas supplies": the clause's only
// verb after a name, whatever the tagger read.
func TestPastReadAsNoun(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "cut after a company",
			text: "Gas\nGazprom cut gas supplies to Moldova on Tuesday.",
			want: []string{"Gazprom -cut supply to-> Moldova"}},
	})
}

// TestTheyPair: "A and B did X. They did Y.": both do Y.
func TestTheyPair(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "two countries",
			text: "Pact\nSpain and Portugal signed a water treaty on Monday. They criticized Morocco over the dam.",
			want: []string{"Spain -criticize-> Morocco", "Portugal -criticize-> Morocco"}},
		{name: "two companies, one ending in s",
			text: "Rail\nSiemens and Alstom announced a merger in May. They will compete with Hitachi.",
			want: []string{"Siemens -compete with-> Hitachi", "Alstom -compete with-> Hitachi"}},
	})
}

// TestDeniedAccuser: the one whose allegations a party rejects accused it.
func TestDeniedAccuser(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "allegations by",
			text: "Prisons\nUzbekistan rejected allegations by Freedom House that guards beat inmates.",
			want: []string{"Freedom House -accuse-> Uzbekistan"}},
		{name: "possessor's claims",
			text: "Dam\nEgypt dismissed Oxfam's claims that the dam displaced farmers.",
			want: []string{"Oxfam -accuse-> Egypt"}},
	})
}

// TestUnnamedStateOfficer: "X's foreign minister accused Y": the state
// acts through its unnamed officer.
func TestUnnamedStateOfficer(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "foreign minister",
			text: "Border\nKenya's foreign minister accused Somalia of harbouring militants.",
			want: []string{"Kenya -accuse-> Somalia"}},
		{name: "a demonym's officer",
			text: "Border\nThe Kenyan foreign minister accused Somalia of harbouring militants.",
			want: []string{"Kenya -accuse-> Somalia"}},
		{name: "named officer stays himself",
			text:    "Border\nKenya's foreign minister Amina Wekesa accused Somalia of harbouring militants.",
			want:    []string{"Amina Wekesa -accuse-> Somalia"},
			wantNot: []string{"Kenya -accuse-> Somalia"}},
	})
}

// TestLeadersOfPair: "the presidents of A and B signed an agreement": the
// two states act through their officers.
func TestLeadersOfPair(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "presidents of two states",
			text: "Road\nThe presidents of Peru and Chile signed an agreement on the border in 2014.",
			want: []string{"Peru -sign agreement with-> Chile"}},
		{name: "a verb opening the text",
			text:    "Signed\nSigned in Lima, the deal ends the dispute between Peru and Chile.",
			wantNot: []string{"Peru -sign-> Chile"}},
	})
}

// TestBodyIncludes: "the bloc includes A, B and C": members.
func TestBodyIncludes(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "a list of states",
			text: "Bloc\nThe Arab League includes Egypt, Jordan, Libya and Iraq.",
			want: []string{"Egypt -member of-> Arab League", "Iraq -member of-> Arab League"}},
		{name: "one state alone is no list",
			text:    "Deal\nThe NATO plan includes Latvia.",
			wantNot: []string{"Latvia -member of-> NATO"}},
	})
}

// TestReportsFrom: a correspondent reports from a city (a capital there is
// the city).
func TestReportsFrom(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "reports from a capital",
			text: "Talks\nOur correspondent Ana Ruiz reports from Lima that the talks have stalled.",
			want: []string{"Ana Ruiz -report from-> Lima"}},
	})
}

// TestWritesFor: "X writes for the Guardian", "wrote on TechCrunch": the
// outlet X writes at (not a social platform).
func TestWritesFor(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "writes for a paper",
			text: "Column\nMaria Santos writes for the Financial Times about energy.",
			want: []string{"Maria Santos -write for-> Financial Times"}},
		{name: "a participle in an apposition",
			text: "Column\nMaria Santos, writing for the Financial Times, called the plan a gamble.",
			want: []string{"Maria Santos -write for-> Financial Times"}},
		{name: "a social platform",
			text:    "Post\nMaria Santos wrote on Facebook that the plan was a gamble.",
			wantNot: []string{"Maria Santos -write at-> Facebook"}},
	})
}

// TestDeniedGerund: "he denied accusing Germany": the accusation is
// denied, not asserted.
func TestDeniedGerund(t *testing.T) {
	wantModality(t, "Row\nChallenged on the remark, Mark Pell denied accusing Austria of bad faith.",
		"person/mark-pell", "accuse", "denied")
}

// TestGotTheBetterOf: "got the better of X" beats X.
func TestGotTheBetterOf(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "the better of",
			text:    "Final\nRafael Nadal again got the better of Novak Djokovic in Rome.",
			want:    []string{"Rafael Nadal -beat-> Novak Djokovic"},
			wantNot: []string{"Rafael Nadal -get of-> Novak Djokovic"}},
	})
}

// TestComeToAPlace: "came to England" codes no consultation (040).
func TestComeToAPlace(t *testing.T) {
	runEventCases(t, []eventCase{
		{text: "Life\nBorn in Lagos, the painter Ade Bello came to England as a young man.", pred: "come to", code: ""},
	})
}

// TestMinisterForPortfolio: "Minister for Trade Alan Johnson": the
// portfolio belongs to the title, not to the name.
func TestMinisterForPortfolio(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "minister for a portfolio",
			text:     "Exports\nMinister for Trade Owen Hale opened the fair in Cork on Monday.",
			noEntity: []string{"Trade Owen Hale"}},
	})
	runTypeCases(t, []typeCase{
		{"Exports\nMinister for Trade Owen Hale opened the fair in Cork on Monday.", "Owen Hale", TypePerson},
	})
}

// TestSucceededAs: "X succeeded Y as chairman of Z": X holds the post, Y
// held it (not yet when X "will replace" Y).
func TestSucceededAs(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "succeeded as",
			text:    "Board\nLena Hart succeeded Paul Moss as chairman of Unilever in May.",
			want:    []string{"Lena Hart -chairman of-> Unilever", "Paul Moss -former chairman of-> Unilever"},
			wantNot: []string{"Paul Moss -chairman of-> Unilever"}},
		{name: "will replace",
			text:    "Board\nLena Hart will replace Paul Moss as chairman of Unilever in May.",
			wantNot: []string{"Lena Hart -chairman of-> Unilever"}},
	})
}

// TestPartCompany: "is parting company with X": the idiom's verb, whatever
// the tagger read.
func TestPartCompany(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "parting company",
			text:    "Board\nTesco is parting company with its finance director Helen Roe.",
			want:    []string{"Tesco -part company with-> Helen Roe"},
			wantNot: []string{"Tesco -company with-> Helen Roe"}},
	})
}

// TestFormerOpensSentence: "Former US President X" opening a sentence
// keeps the country as the post's (a capitalised "Former" is no name).
func TestFormerOpensSentence(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "former first lady",
			text: "Bill\nFormer Chilean first lady Marta Rios introduced a bill on Monday.",
			want: []string{"Marta Rios -former first lady of-> Chile"}},
	})
}

// TestKeepAndWalkUpNotCoded: "hang on to" a company keeps it (no use of
// force); "marched up to" a man walks (no protest); a proposal submitted
// for a company is a bid (03), not a yielding (08).
func TestKeepAndWalkUpNotCoded(t *testing.T) {
	runEventCases(t, []eventCase{
		{text: "Oil\nPetrox fought to hang on to Marlow Drilling, its last unit.", pred: "hang on to", code: ""},
		{text: "Oil\nThe Kremlin held on to Marlow Drilling for years.", pred: "hold on to", code: ""},
		{text: "Debate\nThe nurse Ruth Kell marched up to Gordon Brown at the hospital.", pred: "march up to", code: ""},
		{text: "Bids\nUnilever submitted a proposal for Britvic on Friday.", pred: "submit proposal for", code: "030"},
	})
}

// TestAskedAQuestion: "asked X whether ..." puts a question (no CAMEO
// code); "asked X to ..." is an appeal (02).
func TestAskedAQuestion(t *testing.T) {
	runEventCases(t, []eventCase{
		{text: "Court\nThe lawyer Dan Reed asked Mr Owen Platt whether he had signed the accounts.", pred: "ask", code: ""},
		{text: "Court\nThe lawyer Dan Reed asked Owen Platt: \"Did you sign the accounts?\"", pred: "ask", code: ""},
		{text: "Loans\nMenatep asked Rosneft to repay the loan.", pred: "ask", code: "020"},
	})
}

// TestSeniorOpensSentence: "Senior U.S. officials" opening a sentence is
// the United States (a capitalised "Senior" is no part of a name).
func TestSeniorOpensSentence(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "senior officials",
			text:     "Talks\nSenior U.S. officials said on Friday that Iran had rejected the offer.",
			noEntity: []string{"U.S."}},
		{name: "top diplomats",
			text:     "Talks\nTop U.K. diplomats met Chinese officials in Beijing.",
			noEntity: []string{"U.K."}},
	})
	runTypeCases(t, []typeCase{
		{"Talks\nSenior U.S. officials said on Friday that Iran had rejected the offer.", "United States", TypeGPE},
	})
}

// TestGroupOfEight: "the Group of Eight" and "the G-8" are the G8.
func TestGroupOfEight(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "group of eight",
			text:     "Summit\nGroup of Eight leaders met at a dinner hosted by Barack Obama. The G-8 leaders discussed Iran.",
			noEntity: []string{"Group of Eight", "G-8"}},
	})
	runTypeCases(t, []typeCase{
		{"Summit\nGroup of Eight leaders met at a dinner hosted by Barack Obama.", "G8", TypeOrg},
	})
}

// TestAirForceActs: "the Turkish air force bombed X": the state's air
// force acts for it, as its army does.
func TestAirForceActs(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "air force",
			text: "Raids\nThe Peruvian air force bombed Ecuador on Monday.",
			want: []string{"Peru -bomb-> Ecuador"}},
	})
}

// TestOneNameOneEntity: a company the recogniser reads as a person in some
// sentences is one organisation, typed by the words that describe it
// ("car maker X", "mortgage giant X").
func TestOneNameOneEntity(t *testing.T) {
	x := newTestExtractor(t)
	for _, tc := range []struct{ text, name, typ string }{
		{"Lanza Romeo recalls cars\n\nItalian car maker Lanza Romeo has recalled 40,000 cars. Lanza Romeo said the fault was minor. Lanza Romeo last year sold 200,000 cars.", "Lanza Romeo", TypeOrg},
		{"Contempt\n\nThe court today began contempt proceedings against Acharya Ram Kishore, joint general secretary of the banned Hindu Sangh (HS), and Mr. Ravi Thakur, reporter of the weekly, for statements reportedly made by Acharya Ram Kishore (on the Apex Court) in the weekly.", "Acharya Ram Kishore", TypePerson},
		{"Regulators accuse Fannie Lou\n\nTwo bosses of the home-loan giant Fannie Lou quit on Monday. The regulator accused Fannie Lou of using improper techniques. Fannie Lou said it would restate its books.", "Fannie Lou", TypeOrg},
	} {
		var types []string
		for _, e := range x.Extract(article.Normalize(tc.text)).Entities {
			if e.Name == tc.name {
				types = append(types, e.Type)
			}
		}
		if len(types) != 1 || types[0] != tc.typ {
			t.Errorf("%q: entities named %q typed %v, want one %s", tc.text, tc.name, types, tc.typ)
		}
	}
}

// TestAcronymsWrittenAsWords: an acronym written as a word ("Wada"), of a
// name with hyphens or "&" ("World Anti-Doping Agency", "Oil & Gas
// Exploration Company"), is the body the text named in full.
func TestAcronymsWrittenAsWords(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "title-case acronym",
			text:     "Doping\nThe World Anti-Doping Agency met in Montreal on Monday. Wada chairman Tom Reese said the rules would change.",
			want:     []string{"Tom Reese -chairman of-> World Anti-Doping Agency"},
			noEntity: []string{"Wada"}},
		{name: "ampersand",
			text:     "Oil\nThe Nile Oil & Gas Exploration Company won the licence. NOGEC chairman Sami Adel said drilling would start in May.",
			want:     []string{"Sami Adel -chairman of-> Nile Oil & Gas Exploration Company"},
			noEntity: []string{"NOGEC"}},
	})
}

// TestPartyAfterIn: "a key role in Labour's campaign": the party, not a
// place named Labour ("grew up in Leicester" stays the city).
func TestPartyAfterIn(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "in Labour's campaign",
			text:     "Election\nThe chancellor, Gordon Brown, will have a central part in Labour's campaign this spring.",
			noEntity: []string{"Labour"}},
	})
	runTypeCases(t, []typeCase{
		{"Election\nThe chancellor, Gordon Brown, will have a central part in Labour's campaign this spring.", "Labour Party", TypeOrg},
	})
}

// TestCountryCutFromAName: "US" cut from a longer name the recogniser read
// ("the US People's Choice Awards", "US Customs") is the United States,
// not an entity "US" of its own.
func TestCountryCutFromAName(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "us customs",
			text:     "Extradition\nUS Customs claimed Mr Hale was one of the leaders of the ring.",
			noEntity: []string{"US"}},
		{name: "party cut from a branch's name",
			text:     "Branches\nA dinner of Suffolk Coastal UKIP members is planned for May.",
			noEntity: []string{"UKIP"}},
		{name: "sponsor cut from a championship",
			text:     "Rugby\nIreland hope to win this year's RBS Six Nations Championship.",
			noEntity: []string{"RBS"}},
		{name: "us awards",
			text:     "Awards\nThe comedy took the top prize at the US People's Choice Awards on Sunday.",
			noEntity: []string{"US"}},
	})
}

// TestShortOrgNames: a known organisation named again by one word of its
// name is the same organisation ("Santander" after "Santander Central
// Hispano").
func TestShortOrgNames(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "short form",
			text:     "Banks\nSantander Central Hispano reported record profits. Ana Ruiz, the former head of Santander's Mexican arm, left in May.",
			want:     []string{"Ana Ruiz -former head at-> Santander Central Hispano"},
			noEntity: []string{"Santander"}},
		{name: "a dictionary word as short form",
			text:     "Airlines\nDelta Air Lines cancelled 400 flights on Sunday. Shares in Delta fell 4% as storms closed Atlanta's airport.",
			noEntity: []string{"Delta"}},
	})
}

// TestPossessiveProvince: "Iraq's Diyala province", "Iran's restive Ilam
// province": the province lies in the country.
func TestPossessiveProvince(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "possessive province",
			text: "Border\nShelling hit villages along the line dividing Iraq's Diyala province from Iran's restive Ilam province.",
			want: []string{"Diyala -located in-> Iraq", "Ilam -located in-> Iran"}},
	})
}

// TestPraisedTheirCourage: "praised X's courage", "commended X's work":
// the opinion is of X.
func TestPraisedTheirCourage(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "courage",
			text: "Blogs\nKenyan blogger Ann Mwangi praised Grace Otieno's courage in a long post.",
			want: []string{"Ann Mwangi -praise-> Grace Otieno"}},
		{name: "commend",
			text: "Blogs\nThe activist Lina Saad commended Omar Haddad's work for the refugees.",
			want: []string{"Lina Saad -commend-> Omar Haddad"}},
	})
}

// TestNewlyElected: "the newly elected president X" is a title, not an
// election by the sentence's subject.
func TestNewlyElected(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "newly elected",
			text:    "Protest\nThe march began on the day that newly elected French President Paul Morel arrived in Berlin.",
			wantNot: []string{"march -elect-> Paul Morel"}},
		{name: "newly elected, named subject",
			text:    "Protest\nBlocktalk started on the day that newly elected French President Paul Morel arrived in Berlin.",
			wantNot: []string{"Blocktalk -elect-> Paul Morel"}},
	})
}

// TestOpeningPhraseBeforeSubject: "In her first address Joyce Banda told
// Parliament": the opening phrase ends before the name, the subject.
func TestOpeningPhraseBeforeSubject(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "opening phrase",
			text: "Speech\nPresident Lina Moyo took office in April. In her first speech Lina Moyo told Parliament that taxes would fall.",
			want: []string{"Lina Moyo -tell-> Parliament"}},
	})
}

// TestAcronymInDescription: "X, LGBT blogger from Uganda,": an acronym may
// open the description before "from" and the place.
func TestAcronymInDescription(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "acronym in description",
			text: "Rights\nAmos Kato, LGBT activist from Kenya, welcomed the ruling on Friday.",
			want: []string{"Amos Kato -from-> Kenya"}},
	})
}

// TestHostingAShow: "has been hosting The Late Night Show": a programme,
// no visit hosted (043).
func TestHostingAShow(t *testing.T) {
	runEventCases(t, []eventCase{
		{text: "Radio\nThe DJ Sam Obi has been hosting The Terry Nolan Show since May.", pred: "host", code: ""},
		{text: "Visit\nPresident Lula hosted Hugo Chavez in Brasilia on Monday.", pred: "host", code: "043"},
	})
}

// TestAcronymOfAnotherBody: "WTO" after "the World Tourism Organisation" is
// that body, not the World Trade Organization the gazetteer knows by the
// same letters.
func TestAcronymOfAnotherBody(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "acronym of another body",
			text:     "Tourism\nArrivals in Asia rose 30%, figures from the World Tourism Organisation show. \"Growth was strong,\" the WTO said.",
			noEntity: []string{"World Trade Organization"}},
	})
}

// TestPluralNounBeforeVerb: "the Brussels, Paris and Amsterdam exchanges
// merged": a plural the tagger read as a verb is the subject; the cities
// only name the exchanges.
func TestPluralNounBeforeVerb(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "exchanges merged",
			text:    "Markets\nThe group was formed after the Madrid, Lisbon and Athens exchanges merged in 2001.",
			wantNot: []string{"Spain -merge with-> Portugal", "Spain -merge with-> Greece"}},
	})
}
