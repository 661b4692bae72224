package extract

import "testing"

// TestCertainTo: "is certain to", "are sure to" tell what will be, not what
// was done; one who "made sure to" act did (guard).
func TestCertainTo(t *testing.T) {
	runModalityCases(t, []modalityCase{
		{"The Football Association is certain to punish Dino Vale after the brawl.", "Football Association -punish-> Dino Vale", "future"},
		{"Wales are sure to face England in the final.", "Wales -face-> England", "future"},
		{"Rhys Owen made sure to thank Dino Vale after the match.", "Rhys Owen -thank-> Dino Vale", ""},
	})
}

// TestAppointedToSucceed: "X was appointed to succeed Y as Scotland
// manager": Y held the post X now holds; one only set to succeed Y leaves Y
// in post (guard).
func TestAppointedToSucceed(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "passive", text: "Football\nCraig Brown was appointed to succeed Berti Vogts as Scotland manager.",
			want: []string{"Berti Vogts -former manager of-> Scotland"}, wantNot: []string{"Berti Vogts -manager of-> Scotland"}},
		{name: "active", text: "Business\nThe board named Ruth Kemp to replace Alan Dorr as chairman of Delta Foods.",
			want: []string{"Alan Dorr -former chairman of-> Delta Foods", "Ruth Kemp -chairman of-> Delta Foods"}},
		{name: "set to", text: "Football\nCraig Brown is set to succeed Berti Vogts as Scotland manager.",
			want: []string{"Berti Vogts -manager of-> Scotland"}},
	})
}

// TestAbsoluteWithAfterNoun: a name that opens an absolute phrase after
// "with" is no party of a noun's complement either ("are likely
// replacements with X also scheduled to start"), nor of a verb when the
// phrase's participle is a person's words ("with Rovers boss X claiming").
func TestAbsoluteWithAfterNoun(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "replacements", text: "Football\nSam Fenn and Joe Ward are likely replacements with Tom Bale also scheduled to start.",
			wantNot: []string{"Sam Fenn -replacements with-> Tom Bale"}},
		{name: "claiming", text: "Football\nDixon missed the game despite recovering from a knee injury with Rovers boss Alan Price claiming he was fit.",
			wantNot: []string{"Dixon -recover with-> Alan Price"}, want: []string{"Alan Price -boss of-> Rovers"}},
	})
}

// TestHeldUntil: a post said to have lasted "until last year", "until
// recently" or until a year is a former one; "until the end of the
// season" is still held (guard).
func TestHeldUntil(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "apposed", text: "Music\nLena Haas, the head of Orbis Records until last year, said sales fell.",
			want: []string{"Lena Haas -former head of-> Orbis Records"}},
		{name: "recently", text: "Music\nLena Haas, head of Orbis Records until recently, said sales fell.",
			want: []string{"Lena Haas -former head of-> Orbis Records"}},
		{name: "copula year", text: "Business\nPiet Kamp was chairman of Delta Foods until 2003.",
			want: []string{"Piet Kamp -former chairman of-> Delta Foods"}},
		{name: "season", text: "Business\nPiet Kamp, chairman of Delta Foods until the end of the year, said sales fell.",
			want: []string{"Piet Kamp -chairman of-> Delta Foods"}},
	})
}

// TestBodyNamedByHeadWord: "the institute" after a body whose name holds
// the word before "for" or "of" ("the Brenner Institute for Coastal
// Studies"), and "the charity" after a trust, refer back to it, so the
// posts said of it are its; so are posts apposed to "the Reverend X".
func TestBodyNamedByHeadWord(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "institute for", text: "Science\nThe Brenner Institute for Coastal Studies published the study. The institute's director, Ola Dahl, praised the team.",
			want: []string{"Ola Dahl -director of-> Brenner Institute for Coastal Studies"}},
		{name: "charity", text: "Courts\nThe Lantern House Trust lost money. The charity's new chief executive, Mira Osei, found the fraud.",
			want: []string{"Mira Osei -chief executive of-> Lantern House Trust"}},
		{name: "reverend", text: "Courts\nThe Lantern House Trust lost money. The trust's chair, the Reverend Tom Abara, said it would recover.",
			want: []string{"Tom Abara -chair of-> Lantern House Trust"}},
		{name: "its reverend", text: "Courts\nThe Lantern House Trust lost money. Its chair, the Reverend Tom Abara, said it would recover.",
			want: []string{"Tom Abara -chair of-> Lantern House Trust"}},
	})
}

// TestSurnameOfStoryPerson: a surname two people share is the story's
// person named in the lead, not a kinsman named in passing since; one
// named at the head of the sentence before keeps it (guard).
func TestSurnameOfStoryPerson(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "obituary", text: "Rosa Kelner obituary\nRosa Kelner, who has died aged 84, was a conductor. She was born in Split, the daughter of Ivo Kelner, a railway engineer. In 1990 Kelner criticised the Arts Council of England.",
			want: []string{"Rosa Kelner -criticize-> Arts Council of England"}},
		{name: "named before", text: "Politics\nDan Farrow, the party leader, backed the plan. Police chief Ian Farrow criticised the Home Office on Monday. Mr Farrow also criticised the Treasury.",
			want: []string{"Ian Farrow -criticize-> Treasury"}},
	})
}

// TestCricketRoles: a side's spinner, seamer or fast bowler is its player,
// as its striker is.
func TestCricketRoles(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "possessive", text: "Cricket\nSri Lanka's left-arm spinner Dinesh Perera took five wickets.",
			want: []string{"Dinesh Perera -left-arm spinner of-> Sri Lanka"}},
		{name: "apposed", text: "Cricket\nTom Bale, the England seamer, took five wickets.",
			want: []string{"Tom Bale -seamer of-> England"}},
	})
}

// TestBoardSeatPossessive: "sits on Barclays' board", "has joined
// Lumora's board" are seats on the board of the body named.
func TestBoardSeatPossessive(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "sits on", text: "Business\nAhmed Ali sits on Barclays' board.",
			want: []string{"Ahmed Ali -board member of-> Barclays"}},
		{name: "joined", text: "Business\nAhmed Ali has joined HSBC's board.",
			want: []string{"Ahmed Ali -board member of-> HSBC"}},
	})
}

// TestRegisteredIn: "-registered" says where a body is registered, and a
// plural noun after "-based" or "-registered" describes each body listed
// after its comma; two companies joined by "and", each closed by its trade
// word, are two names.
func TestRegisteredIn(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "list", text: "Sanctions\nThe EU added two Hong Kong-registered firms, Sino Pacific Tanker Holdings and Bright Harbour Logistics, to the list.",
			want: []string{"Sino Pacific Tanker Holdings -registered in-> Hong Kong", "Bright Harbour Logistics -registered in-> Hong Kong"}},
		{name: "apposed", text: "Sanctions\nSino Pacific Holdings, a Hong Kong-registered firm, was added.",
			want: []string{"Sino Pacific Holdings -registered in-> Hong Kong"}},
		{name: "based list", text: "Sanctions\nThe EU blacklisted three London-based companies, Barclays, HSBC and Lloyds.",
			want: []string{"Barclays -based in-> London", "HSBC -based in-> London", "Lloyds -based in-> London"}},
	})
}

// TestTradePluralName: a name of coined words closed by the plural of what
// a company makes is a company's ("Vandermeer Snacks"); a given name
// before a plural keeps a person ("Roger Waters", guard).
func TestTradePluralName(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "snacks", text: "Business\nVandermeer Snacks reported a loss on Monday. Its finance director, Annelies Bakker, said costs rose.",
			want: []string{"Annelies Bakker -finance director of-> Vandermeer Snacks"}},
	})
	runTypeCases(t, []typeCase{
		{text: "Business\nShares in Oosterhuis Widgets fell on Monday.", name: "Oosterhuis Widgets", typ: TypeOrg},
		{text: "Music\nFans cheered as Roger Waters played on Monday.", name: "Roger Waters", typ: TypePerson},
	})
}

// TestSpecialEnvoyFor: "X's special envoy for the Horn of Africa, Y," is
// X's special envoy (the region after "for" passed over); a special
// rapporteur is a post.
func TestSpecialEnvoyFor(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "envoy for", text: "Diplomacy\nThe African Union's special envoy for the Horn of Africa, Moussa Diallo, called for calm.",
			want: []string{"Moussa Diallo -special envoy of-> African Union"}},
		{name: "rapporteur", text: "Diplomacy\nThe UN's special rapporteur, Moussa Diallo, called for calm.",
			want: []string{"Moussa Diallo -special rapporteur of-> United Nations"}},
	})
}

// TestCareerAndSide: "began her career at X" names where she started
// (not when it is still to come: guard); "played his international
// football for Wales" is playing for the side.
func TestCareerAndSide(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "began", text: "Business\nMary Jones began her career at Goldman Sachs in 1990.",
			want: []string{"Mary Jones -start career at-> Goldman Sachs"}},
		{name: "will begin", text: "Business\nMary Jones will begin her career at Goldman Sachs.",
			wantNot: []string{"Mary Jones -start career at-> Goldman Sachs"}},
		{name: "plays his", text: "Football\nSam Jones played his international football for Wales.",
			want: []string{"Sam Jones -play for-> Wales"}},
	})
}

// TestBothParents: "the daughter of X, a railway engineer, and Y" is the
// daughter of both; a name after "and" that opens a clause is no parent
// (guard).
func TestBothParents(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "apposed", text: "Obituary\nElena Markovic was the daughter of Dusan Markovic, a railway engineer, and Vera Petrovic, a teacher.",
			want: []string{"Elena Markovic -daughter of-> Dusan Markovic", "Elena Markovic -daughter of-> Vera Petrovic"}},
		{name: "clause", text: "Obituary\nElena Markovic was the daughter of Dusan Markovic, and Vera Petrovic said so.",
			wantNot: []string{"Elena Markovic -daughter of-> Vera Petrovic"}},
	})
}

// TestBodyShortForms: a company's first word alone is the company whose
// name closes in a trade plural ("Vandermeer" for Vandermeer Snacks), and
// a body's name up to its "for" or "of" is the one body whose name goes on
// so ("the Halvorsen Institute" for the Halvorsen Institute for Marine
// Research).
func TestBodyShortForms(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "first word", text: "Business\nHarwell Foods agreed to buy Dutch rival Vandermeer Snacks. The deal values Vandermeer at 11 times its earnings. Vandermeer's chief executive, Pieter de Wit, said so.",
			want: []string{"Pieter de Wit -chief executive of-> Vandermeer Snacks"}},
		{name: "before for", text: "Science\nScientists at the Halvorsen Institute for Marine Research found it. The Halvorsen Institute's director, Kari Nygaard, said so.",
			want: []string{"Kari Nygaard -director of-> Halvorsen Institute for Marine Research"}},
	})
}

// TestCharityReferredFar: "the charity" refers back to the one charity
// named up to three sentences before, past sentences naming only other
// kinds of bodies (a company is no charity); "X's chief executive, A, and
// its finance director, B," gives both posts at X.
func TestCharityReferredFar(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "far", text: "Courts\nGary Whitlow stole money from the Lantern House Trust. He moved it into Kestrel Developments, a building firm. He was arrested after the charity's new chief executive, Mira Osei, spotted it.",
			want: []string{"Mira Osei -chief executive of-> Lantern House Trust"}},
		{name: "and its", text: "Business\nVandermeer Snacks lost money. Vandermeer's chief executive, Pieter de Wit, and its finance director, Annelies Bakker, are expected to join.",
			want: []string{"Annelies Bakker -finance director of-> Vandermeer Snacks"}},
	})
}

// TestWarfareKilling: a killing told with bombing or airstrikes is aerial
// force (195), with shelling or rockets artillery (194), of soldiers
// military force (190); a killing with none of them stays an assault
// (guard). One person refusing to blame another rejects no one; a state
// refusing to condemn another rejects the call to (guard).
func TestWarfareKilling(t *testing.T) {
	runEventCases(t, []eventCase{
		{text: "Conflict\nPresident Laurent Gbagbo broke a ceasefire with rebels, bombing their positions and killing nine French soldiers.", pred: "kill", code: "195"},
		{text: "Conflict\nRussian shelling killed three Ukrainian civilians on Monday.", pred: "kill", code: "194"},
		{text: "Crime\nJames Ford killed Amanda Champion in her home.", pred: "kill", code: "180"},
		{text: "Football\nAshley Cole refuses to blame Robin van Persie for the defeat.", pred: "blame", code: ""},
		{text: "Talks\nIran refused to support Syria at the summit.", pred: "support", code: "120"},
		{text: "Talks\nChina refused to condemn Russia at the summit.", pred: "condemn", code: "120"},
	})
}

// TestTimeClauseTense: a time clause takes the tense of the clause it
// times ("will try to win when Italy come to Edinburgh": future; "would
// be the topic when Britain assumed the presidency, Mr Straw said": his
// "will"); one timing a past clause stays done (guard).
func TestTimeClauseTense(t *testing.T) {
	runModalityCases(t, []modalityCase{
		{"Scotland will try to give their coach a first victory when Italy come to Edinburgh.", "Italy -come to-> Edinburgh", "future"},
		{"Trade would be the main topic when Britain assumed the presidency of the EU next summer, Mr Straw said.", "United Kingdom -assume presidency of-> European Union", "future"},
		{"Tony Blair met George Bush when he visited Washington.", "Tony Blair -meet-> George Bush", ""},
	})
}

// TestRegionalHead: "Nissan's European boss X", "Vodafone's UK chief
// executive, X," head the company's region, not the whole company nor the
// place.
func TestRegionalHead(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "demonym", text: "Cars\nNissan's European boss Jose Munoz quit.",
			want: []string{"Jose Munoz -european boss of-> Nissan"}, wantNot: []string{"Jose Munoz -boss of-> European Union", "Jose Munoz -boss of-> Nissan"}},
		{name: "apposed", text: "Phones\nVodafone's UK chief executive, William Morrow, said so.",
			want: []string{"William Morrow -uk chief executive of-> Vodafone"}, wantNot: []string{"William Morrow -chief executive of-> Vodafone"}},
	})
}

// TestInstitutionInCity: a seat of learning, care or justice named, then
// "in" a known city, lies there wherever the parse hangs the phrase.
func TestInstitutionInCity(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "institute", text: "Science\nShe spent a decade at the Pasteur Institute in Paris.",
			want: []string{"Pasteur Institute -based in-> Paris"}},
		{name: "court", text: "Law\nThe case went to the Supreme Court in Washington last year.",
			want: []string{"Supreme Court -based in-> Washington"}},
	})
}

// TestPossessedQuarter: "Madrid's Lavapies district", "Kenya's Marsabit
// County": the part lies in the place that owns it.
func TestPossessedQuarter(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "district", text: "Cities\nRebels seized Madrid's Lavapies district.",
			want: []string{"Lavapies -located in-> Madrid"}},
		{name: "county", text: "Floods\nFloods hit Kenya's Marsabit County on Monday.",
			want: []string{"Marsabit County -located in-> Kenya"}},
	})
}

// TestObjectAndItsHolder: "sanctions on X and its chairman Y", "on X, a
// Limassol-based shipping company, and its chairman Y": Y is the second
// target (past the possessive and past X's description); a relative
// clause after the first name still closes it (guard).
func TestObjectAndItsHolder(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "its chairman", text: "Sanctions\nThe US sanctioned Rosneft and its chief executive Igor Sechin.",
			want: []string{"United States -sanction-> Igor Sechin"}},
		{name: "past description", text: "Sanctions\nCanada imposed sanctions on Kestrel Maritime, a Limassol-based shipping company, and its chairman Andreas Petrakis.",
			want: []string{"Canada -impose sanction on-> Andreas Petrakis"}},
		{name: "relative", text: "History\nJack Ruby, who killed Oswald, and Jim Bakker met Carter.",
			want: []string{"Jim Bakker -meet-> Carter"}, wantNot: []string{"Jack Ruby -kill-> Jim Bakker"}},
	})
}

// TestSignedByAndBetween: "The agreement was signed in Jakarta by Toyota
// president X and Rio Tinto chief executive Y": X signed it with Y, past
// the place and the bodies before the titles; "meetings in Nairobi between
// Kenyan Foreign Minister X and her Ethiopian counterpart, Y": X met Y.
func TestSignedByAndBetween(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "signed in by", text: "Mining\nThe agreement was signed in Jakarta by Toyota president Akio Toyoda and Rio Tinto chief executive Jakob Stausholm.",
			want: []string{"Akio Toyoda -sign agreement with-> Jakob Stausholm"}},
		{name: "between", text: "Diplomacy\nThe talks followed meetings in Nairobi between Kenyan Foreign Minister Grace Wanjiru and her Ethiopian counterpart, Tesfaye Alemu.",
			want: []string{"Grace Wanjiru -meet with-> Tesfaye Alemu"}},
	})
	runEventCases(t, []eventCase{
		{text: "Diplomacy\nThe talks followed meetings in Nairobi between Grace Wanjiru and Tesfaye Alemu.", pred: "meet with", code: "040"},
	})
}

// TestFoundedBody: a name that "was founded" or "is headquartered" is a
// body's, even one no recogniser knows ("Lagune Cacao", "Lumora"); a
// demonym before "heir" or "modernist" says where the person is from.
func TestFoundedBody(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "two words", text: "Business\nLagune Cacao was founded in 1998 by Adjoua Kouassi.",
			want: []string{"Adjoua Kouassi -found-> Lagune Cacao"}},
		{name: "one word", text: "Business\nLumora was founded in 2020 by Priya Venkataraman.",
			want: []string{"Priya Venkataraman -found-> Lumora"}},
		{name: "heir", text: "Football\nNorwegian shipping heir Lars Halvorsen bought the club.",
			want: []string{"Lars Halvorsen -from-> Norway"}},
	})
	runTypeCases(t, []typeCase{
		{text: "Business\nLumora was founded in 2020 by Priya Venkataraman.", name: "Lumora", typ: TypeOrg},
	})
}

// TestWorkFundedBy: "The X Institute's work on Y was funded by A and B":
// A and B fund the institute; a relative clause between leaves it alone
// (guard).
func TestWorkFundedBy(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "work", text: "Science\nThe Halvorsen Institute's work on borealin was funded by the Wellcome Trust and the Research Council of Norway.",
			want: []string{"Wellcome Trust -fund-> Halvorsen Institute", "Research Council of Norway -fund-> Halvorsen Institute"}},
		{name: "clause", text: "Science\nThe Halvorsen Institute's work, which Oxfam praised, was funded by the Wellcome Trust.",
			wantNot: []string{"Wellcome Trust -fund-> Halvorsen Institute"}},
	})
}

// TestBornIn: "X, born in Y," is a birthplace ("born in", not "bear in"),
// and "was born in 1971 in a Laz farming family in the town of Y" too, past
// the year and the family.
func TestBornIn(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "reduced", text: "Politics\nChristiane Taubira, born in French Guiana, was appointed justice minister.",
			want: []string{"Christiane Taubira -born in-> French Guiana"}, wantNot: []string{"Christiane Taubira -bear in-> French Guiana"}},
		{name: "past year", text: "Poetry\nAyla Demir was born in 1971 in a Laz farming family in the town of Rize in northern Turkey.",
			want: []string{"Ayla Demir -born in-> Rize"}},
	})
}

// TestPartyGovernment: "Prime Minister X's Labour government": X leads
// the party that governs; a body no party's name says is one gets no
// leader so (guard).
func TestPartyGovernment(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "labour", text: "Politics\nCritics attacked Prime Minister Tony Blair's Labour government.",
			want: []string{"Tony Blair -leader of-> Labour Party"}},
		{name: "kremlin", text: "Politics\nCritics attacked Vladimir Putin's Kremlin administration.",
			wantNot: []string{"Vladimir Putin -leader of-> Kremlin"}},
	})
}

// TestWantListTo: "wants X and the others in his squad to practise": X is the
// subject of what is wanted, no one X's coach wants.
func TestWantListTo(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "rest of team", text: "Tennis\nDavis Cup captain Tom Hale wants Andy Roddick and the others in his squad to practise on grass.",
			wantNot: []string{"Tom Hale -want-> Andy Roddick"}},
	})
}

// TestNotOfTheBody: "his injured Dragons colleague X" is a colleague of
// someone at the club, not of the club; "Silicon Graphics' Columbia
// supercomputer based at Nasa": the machine is based there.
func TestNotOfTheBody(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "colleague", text: "Rugby\nKevin Morgan replaces his injured Newport-Gwent Dragons colleague Hal Luscombe.",
			wantNot: []string{"Hal Luscombe -colleague of-> Newport-Gwent Dragons"}},
		{name: "machine", text: "Computers\nSilicon Graphics makes fast computers. The fastest is now Silicon Graphics' new Columbia supercomputer based at Nasa's Ames Research Center.",
			wantNot: []string{"Silicon Graphics -based at-> Nasa"}},
	})
}

// TestNowNextStop: "now goes to Madrid", "now faces X" in a report tell
// the next trip or match, not made yet; "now plays for Switzerland" is
// where one plays (guard).
func TestNowNextStop(t *testing.T) {
	runModalityCases(t, []modalityCase{
		{"Ruth Kemp now goes to Madrid for the indoor championships.", "Ruth Kemp -go to-> Spain", "planned"},
		{"Having beaten Olga Sokol, Daniela Hantuchova now faces Serena Williams.", "Daniela Hantuchova -face-> Serena Williams", "planned"},
		{"Tom Bale left Brazil and now plays for Switzerland.", "Tom Bale -play for-> Switzerland", ""},
	})
}

// TestLeftByNoun: "forced the resignation of its chairman, Sir X": X's post
// is a former one; one only called for ("called for the sacking of X")
// stays (guard). A reason told inside a condition ("if he had not acted
// after X accused him") happened.
func TestLeftByNoun(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "resignation", text: "Oil\nShell lost money. The scandal forced the resignation of its chairman, Sir Tom Hale, last year.",
			want: []string{"Tom Hale -former chairman of-> Royal Dutch Shell"}},
		{name: "called for", text: "Football\nFans called for the sacking of Chelsea manager Claudio Ranieri.",
			want: []string{"Claudio Ranieri -manager of-> Chelsea"}},
	})
	runModalityCases(t, []modalityCase{
		{"Tom Hale said he would have lost the players if he had not acted after Rhys Owen accused him of lying.", "Rhys Owen -accuse-> Tom Hale", ""},
	})
}

// TestClauseAfterDash: a new clause after a spaced dash ("drove home their
// lead - Alan Thompson curled in") holds no object of the verb before it;
// a list the dash opens does (guard: "suing three companies - Gazprom,
// Rosneft and Baikal -").
func TestClauseAfterDash(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "name verb", text: "Football\nVarga scored as Celtic drove home their lead - Alan Thompson curled in a corner from the left.",
			wantNot: []string{"Celtic -drive-> Alan Thompson"}},
		{name: "list", text: "Oil\nYukos is suing three companies - Gazprom, Rosneft and Baikal - over the sale.",
			want: []string{"Yukos -sue-> Gazprom"}},
	})
}
