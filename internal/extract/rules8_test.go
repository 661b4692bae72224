package extract

import "testing"

// TestBodySpeaksThroughItsOfficer: an unnamed spokesman, official or
// representative of a body acts for it, whether the body is named before
// the noun or after "for".
func TestBodySpeaksThroughItsOfficer(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "spokesman for",
			text: "Talks\nA spokesman for the Karen National Union criticized Thailand on Monday.",
			want: []string{"Karen National Union -criticize-> Thailand"}},
		{name: "official for, described",
			text: "Talks\nAn official for the rebel movement Jaish al-Fatah told the Anadolu news agency that the siege would go on.",
			want: []string{"Jaish al-Fatah -tell-> Anadolu Agency"}},
		{name: "singular official before",
			text: "Rates\nA senior Norwegian Finance Ministry official told Bloomberg that no change was planned.",
			want: []string{"Norwegian Finance Ministry -tell-> Bloomberg"}},
		{name: "representative before",
			text: "Phones\nA Nokia representative told Reuters the handset would ship in May.",
			want: []string{"Nokia -tell-> Reuters"}},
		{name: "a demonym's official keeps the post",
			text:    "Strike\n\"It looks grim,\" said Danish dock union official Henrik Lund.",
			wantNot: []string{"Henrik Lund -from-> Denmark"}},
	})
}

// TestBodyByItsNameHead: "the gallery" after the National Portrait Gallery
// is that body, for any noun that ends a body's name; a description with
// words the name lacks is another body.
func TestBodyByItsNameHead(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "gallery",
			text: "Photos\nThe Hallberg Portrait Gallery in Oslo threatened to sue Erik Dahl. Since then the gallery has written to the Wikimedia Foundation twice.",
			want: []string{"Hallberg Portrait Gallery -write to-> Wikimedia Foundation"}},
		{name: "another exchange",
			text:    "Markets\nThe Karachi Stock Exchange fell sharply. Good results lifted the Thai stock exchange in Bangkok to a new peak.",
			wantNot: []string{"Karachi Stock Exchange -based in-> Bangkok"}},
	})
}

// TestCommaAndEndsAnObjectList: ", and" after a list that a preposition or
// a verb governs starts a new clause; the list does not join its subject.
func TestCommaAndEndsAnObjectList(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "after a preposition",
			text:    "Banks\nThe lender opened branches in Lisbon and Porto, and Maria Duarte criticized Spain.",
			want:    []string{"Maria Duarte -criticize-> Spain"},
			wantNot: []string{"Lisbon -criticize-> Spain", "Porto -criticize-> Spain"}},
		{name: "after a place in an apposition",
			text:    "Detainees\nAli Karimi, from Leeds, and Omar Haddad and Yusuf Amin, from Bradford, were held by Egypt for two years.",
			want:    []string{"Egypt -hold-> Omar Haddad"},
			wantNot: []string{"Egypt -hold-> Leeds"}},
		{name: "a plain list stays",
			text: "Talks\nOn Monday, Portugal, Spain, and Italy criticized the plan by Germany.",
			want: []string{"Portugal -criticize-> Germany", "Spain -criticize-> Germany", "Italy -criticize-> Germany"}},
	})
}

// TestToldAClauseWithANoun: after "told", a name before a noun that opens
// the clause of what was told is the one told.
func TestToldAClauseWithANoun(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "told the broadcaster",
			text: "Schools\nThe minister Anna Berg told Reuters funding had been cut for the third year.",
			want: []string{"Anna Berg -tell-> Reuters"}},
		{name: "a modifier stays a modifier",
			text:    "Budget\nAnna Berg criticized the EU budget on Monday.",
			wantNot: []string{"Anna Berg -criticize-> European Union"}},
	})
}

// TestSpeaksForInApposition: "X, for the Y, said" speaks for Y.
func TestSpeaksForInApposition(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "party",
			text: "Debate\nJane Whitlow, for the Green Party, said the vote had been rushed.",
			want: []string{"Jane Whitlow -speak for-> Green Party"}},
		{name: "time, not a body",
			text:    "Debate\nJane Whitlow, for the first time, said the vote had been rushed.",
			wantNot: []string{"Jane Whitlow -speak for-> Green Party"}},
	})
}

// TestSeeThenHolder: "Bishop of Durham Tom Wright" is the place the post
// serves, then the person, not one name.
func TestSeeThenHolder(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "bishop",
			text:     "Church\nBishop of Exeter Martin Hale criticized the plan on Sunday.",
			want:     []string{"Martin Hale -bishop of-> Exeter"},
			noEntity: []string{"Exeter Martin Hale"}},
	})
}

// TestStaffFromABody: "X, an official from Y," holds a post at Y; a place
// after "from" is where X comes from.
func TestStaffFromABody(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "official from",
			text: "Parking\n\"Prices are too high,\" said Zhou Lin, an official from the Shanghai Transport Bureau.",
			want: []string{"Zhou Lin -official at-> Shanghai Transport Bureau"}},
		{name: "analyst from",
			text: "Funds\n\"It is a safe bet,\" said Ravi Menon, an analyst from Kotak Securities.",
			want: []string{"Ravi Menon -analyst at-> Kotak Securities"}},
		{name: "place",
			text:    "Funds\n\"It is a safe bet,\" said Ravi Menon, an analyst from Mumbai.",
			wantNot: []string{"Ravi Menon -analyst at-> Mumbai"}},
	})
}

// TestOwnedInAnApposition: a reduced relative after an apposition with a
// demonym describes the name, even inside a prepositional phrase.
func TestOwnedInAnApposition(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "owned by, demonym, after a preposition",
			text: "Cars\nQuestions hang over the future of Vauxhall Motors, the famous British car maker owned by General Motors.",
			want: []string{"General Motors -own-> Vauxhall Motors"}},
		{name: "no apposition",
			text:    "Reform\nThe council approved a housing plan in Leeds backed by Unite.",
			wantNot: []string{"Unite -back-> Leeds"}},
	})
}

// TestVerbReadAsNoun: a verb of judgement the tagger read as a noun right
// after the name that opens the sentence is the verb.
func TestVerbReadAsNoun(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "accuse after a party's short name",
			text: "Speech\nThe Greens accuse Mr Harper of making an empty promise to voters.",
			want: []string{"Green Party -accuse-> Harper"}},
		{name: "a noun stays a noun",
			text:    "Speech\nGreen attacks on Mr Harper are common.",
			wantNot: []string{"Green Party -attack-> Harper"}},
	})
}

// TestPortfolioInAPartyPost: "X, the party's Treasury spokesman," is the
// party's spokesman; the portfolio named between is no organisation of his.
func TestPortfolioInAPartyPost(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "treasury spokesman",
			text: "Tax\nThe Green Party wants lower fuel duty.\nMartha Quill, the party's Treasury spokesman, said the tax hurt rural drivers.",
			want: []string{"Martha Quill -spokesman of-> Green Party"}},
	})
}

// TestDemandedThatClause: what someone demands, asks or orders be done is
// not done: the act in the clause is requested.
func TestDemandedThatClause(t *testing.T) {
	runModalityCases(t, []modalityCase{
		{text: "Talks\nThe EU demanded that Turkey recognise Cyprus.", rel: "Turkey -recognize-> Cyprus", modality: "requested"},
		{text: "Talks\nThe EU demanded Turkey recognise Cyprus before the talks.", rel: "Turkey -recognize-> Cyprus", modality: "requested"},
		{text: "Court\nThe judge ordered that Smith pay Jones $5,000.", rel: "Smith -pay-> Jones", modality: "requested"},
		{text: "Talks\nThe report demanded to know why Turkey attacked Cyprus.", rel: "Turkey -attack-> Cyprus", modality: ""},
	})
}

// TestMoreOutlets: newspapers and broadcasters the recogniser alone
// misses are in the curated gazetteer.
func TestMoreOutlets(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "Sunday paper",
			text: "Tax\nThe minister Alan Weir told the Sunday Times that the tax would go.",
			want: []string{"Alan Weir -tell-> The Sunday Times"}},
		{name: "broadcaster with a number",
			text:     "Film\nThe Lowry Trust and Channel 4 backed the film Harbour Lights, the director Ian Reed said.",
			want:     []string{"Channel 4 -back-> Harbour Lights"},
			noEntity: []string{"Channel", "Lowry Trust and Channel"}},
	})
}

// TestQuotedAsSaying: "quoted X as saying" quotes a person.
func TestQuotedAsSaying(t *testing.T) {
	runTypeCases(t, []typeCase{
		{text: "Stars\nThe Sunday Times quoted Zorelle Pask as saying she had drawn the chart.", name: "Zorelle Pask", typ: TypePerson},
	})
}

// TestAttackOnAStatesPost: attacking a state's military post, base or
// convoy attacks the state.
func TestAttackOnAStatesPost(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "demonym and post",
			text: "Border\nHezbollah attacked a Lebanese border post near Naqoura on Friday.",
			want: []string{"Hezbollah -attack-> Lebanon"}},
		{name: "army convoy",
			text: "Ambush\nAl-Shabab fighters ambushed a Kenyan army convoy near Mandera.",
			want: []string{"al-Shabab -ambush-> Kenya"}},
		{name: "not a military site",
			text:    "Storm\nThe storm hit a Greek ferry near Crete.",
			wantNot: []string{"storm -hit-> Greece"}},
	})
}

// TestApposedAllianceBackedBy: an apposition holding a participle and its
// agent ("an alliance backed by X") neither hides the subject from the
// verb after it nor becomes the sentence's verb.
func TestApposedAllianceBackedBy(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "backed by, then the verb",
			text: "Border\nThe Sudan Liberation Movement, a Fur-led rebel alliance backed by Chad, accused Sudan of bombing villages.",
			want: []string{"Chad -back-> Sudan Liberation Movement", "Sudan Liberation Movement -accuse-> Sudan"}},
		{name: "backed by, a verb the tagger reads as a participle",
			text: "Border\nThe Syrian Democratic Forces, an alliance backed by Washington, accused Turkey of shelling villages.",
			want: []string{"United States -back-> Syrian Democratic Forces", "Syrian Democratic Forces -accuse-> Turkey"}},
		{name: "backed by, plain apposition",
			text: "Border\nThe Sudan Liberation Movement, an alliance backed by Chad, accused Sudan of bombing villages.",
			want: []string{"Chad -back-> Sudan Liberation Movement", "Sudan Liberation Movement -accuse-> Sudan"}},
	})
}

// TestInsurgencyAgainst: an insurgency or rebellion waged against a state
// targets it, coded as unconventional violence (180).
func TestInsurgencyAgainst(t *testing.T) {
	runEventCases(t, []eventCase{
		{text: "Rebels\nThe Oromo Liberation Army has waged an insurgency against Ethiopia since 1992.", pred: "wage insurgency against", code: "180", subj: "org/oromo-liberation-army"},
	})
}

// TestUnnamedCounterpart: "his Turkish counterpart", with no name after
// it, stands for the state.
func TestUnnamedCounterpart(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "talks with",
			text: "Talks\nPresident Emil Varga held talks with his Polish counterpart in Gdansk on Friday.",
			want: []string{"Emil Varga -hold talk with-> Poland"}},
		{name: "named, the person",
			text:    "Talks\nPresident Emil Varga met his Polish counterpart Andrzej Duda in Gdansk on Friday.",
			want:    []string{"Emil Varga -meet-> Andrzej Duda"},
			wantNot: []string{"Emil Varga -meet-> Poland"}},
	})
}

// TestInTalksTo: "X is in (advanced) talks to buy Y": X plans to buy Y.
func TestInTalksTo(t *testing.T) {
	runModalityCases(t, []modalityCase{
		{text: "Banks\nBarclays is in talks to merge with rival Commerzbank.", rel: "Barclays -merge with-> Commerzbank", modality: "planned"},
		{text: "Web\nVerizon is in advanced talks to buy Yahoo.", rel: "Verizon -buy-> Yahoo", modality: "planned"},
	})
}

// TestCompanyOpensWithItsHead: a lone word opening the sentence before a
// company's head or founder named in full is the company.
func TestCompanyOpensWithItsHead(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "chief executive",
			text: "Cars\nTesla chief executive Elon Musk said the plant would open in May.",
			want: []string{"Elon Musk -chief executive of-> Tesla"}},
		{name: "mayor is no company's",
			text:     "Town\nKabwe mayor John Banda criticised the plan.",
			noEntity: []string{"Kabwe"}},
	})
}

// TestStateBodyElsewhere: a state's troops or strike in another place act
// for the state, not for the place.
func TestStateBodyElsewhere(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "demonym troops in another country",
			text:    "Raid\nKenyan troops in southern Somalia attacked al-Shabab fighters on Monday.",
			want:    []string{"Kenya -attack-> al-Shabab"},
			wantNot: []string{"Somalia -attack-> al-Shabab"}},
		{name: "acronym troops",
			text:    "Raid\nUS troops in Iraq captured Abu Omar al-Hashimi.",
			want:    []string{"United States -capture-> Abu Omar al-Hashimi"},
			wantNot: []string{"Iraq -capture-> Abu Omar al-Hashimi"}},
		{name: "police in a country",
			text: "Raid\nPolice in Uganda arrested Kizza Besigye.",
			want: []string{"Uganda -arrest-> Kizza Besigye"}},
		{name: "strike near a place",
			text: "Raid\nA US drone strike near Mogadishu airport killed Aden Hashi Ayro.",
			want: []string{"United States -kill-> Aden Hashi Ayro"}},
	})
}

// TestTitledNameInApposition: "captured a pilot, Wing Commander X": the
// person after a title in the apposition is the object.
func TestTitledNameInApposition(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "colonel",
			text: "Border\nArmenia captured a soldier, Colonel Farid Aliyev, near the border.",
			want: []string{"Armenia -capture-> Farid Aliyev"}},
		{name: "air force rank, second verb",
			text: "Border\nIndia shot down a drone and captured a pilot, Squadron Leader Imran Qadir.",
			want: []string{"India -capture-> Imran Qadir"}},
	})
}

// TestSecondVerbReadAsNoun: "and cut ties with Cuba" after a verb in the
// past: the tagger's noun is the second verb.
func TestSecondVerbReadAsNoun(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "cut ties",
			text: "Ties\nEcuador expelled the Bolivian envoy and cut ties with Nicaragua.",
			want: []string{"Ecuador -cut tie with-> Nicaragua"}},
	})
}

// TestKinNamedAsObject: "appointed his brother X": the kinsman named is
// the object of appointing, backing, pardoning and the like.
func TestKinNamedAsObject(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "appointed his brother",
			text: "Cabinet\nPresident Ilham Karimov appointed his brother Rustam as defence minister.",
			want: []string{"Ilham Karimov -appoint-> Rustam"}},
	})
}

// TestPactBetweenTwo: a pact, accord, memorandum or truce between two
// parties is their agreement; judging it judges both.
func TestPactBetweenTwo(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "memoranda, judged",
			text: "Sea\nCyprus denounced the memoranda between Ankara and Tripoli on Monday.",
			want: []string{"Turkey -agree with-> Libya", "Cyprus -denounce-> Turkey", "Cyprus -denounce-> Libya"}},
		{name: "truce",
			text: "Truce\nA truce between Israel and Islamic Jihad took effect on Friday.",
			want: []string{"Israel -agree with-> Palestinian Islamic Jihad"}},
		{name: "attended, not judged",
			text:    "Talks\nGreece attended the talks between Turkey and Libya.",
			wantNot: []string{"Greece -attend-> Turkey"}},
	})
}

// TestClaimedResponsibility: the group that claims responsibility for an
// attack, bombing or killing is its agent.
func TestClaimedResponsibility(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "attack on a country",
			text: "Attack\nThe Houthis claimed responsibility for the attack on Saudi Arabia on Saturday.",
			want: []string{"Houthis -attack on-> Saudi Arabia"}},
		{name: "bombing of an embassy",
			text: "Attack\nAl-Shabab has claimed responsibility for the bombing of the Ugandan embassy.",
			want: []string{"al-Shabab -bomb-> Uganda"}},
		{name: "no claim",
			text:    "Attack\nThe Houthis denied any role in the attack on Saudi Arabia.",
			wantNot: []string{"Houthis -attack on-> Saudi Arabia"}},
	})
}

// TestAttackOnAStatesSites: a nominal attack on a state's facilities or
// forces attacks the state.
func TestAttackOnAStatesSites(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "possessor's attack on facilities",
			text: "Oil\nQatar condemned Iran's attack on Saudi gas facilities.",
			want: []string{"Iran -attack on-> Saudi Arabia"}},
		{name: "tourists are no state site",
			text:    "Oil\nQatar condemned Iran's attack on Saudi tourists.",
			wantNot: []string{"Iran -attack on-> Saudi Arabia"}},
	})
}

// TestWriterOfAnOutlet: a person named with a newspaper, magazine or blog
// writes for it; with another body, a member.
func TestWriterOfAnOutlet(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "magazine",
			text: "Law\nAccording to Carla Dunne of Mining Review Magazine, the law will cut costs.",
			want: []string{"Carla Dunne -write for-> Mining Review Magazine"}},
		{name: "bank",
			text: "Law\nAccording to Carla Dunne of Barclays, the law will cut costs.",
			want: []string{"Carla Dunne -member of-> Barclays"}},
	})
}

// TestBlockedAccessTo: blocking or restricting access to X acts on X.
func TestBlockedAccessTo(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "block access",
			text: "Web\nTurkish authorities blocked access to Wikipedia and YouTube before the vote.",
			want: []string{"Turkey -block-> Wikipedia", "Turkey -block-> YouTube"}},
		{name: "gained access is no block",
			text:    "Web\nGoogle gained access to Chinese users.",
			wantNot: []string{"Google -block-> China"}},
	})
}

// TestArrestOfAPostHolder: "the arrest of blogger X by Y": a post in lower
// case between the event noun's "of" and the name.
func TestArrestOfAPostHolder(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "arrest of blogger",
			text: "Arrest\nThe watchdog condemned the arrest of blogger Maikel Nabil by the Egyptian police.",
			want: []string{"Egypt -arrest-> Maikel Nabil"}},
	})
}

// TestAccusedByOf: "X was accused by Y of killing Z": the killing is
// alleged, as in "Y accused X of killing Z".
func TestAccusedByOf(t *testing.T) {
	runModalityCases(t, []modalityCase{
		{text: "Spies\nRussia was accused by Britain of poisoning Alexander Litvinenko.", rel: "Russia -poison-> Alexander Litvinenko", modality: "alleged"},
	})
}

// TestWhoseForces: "X, whose forces control Y,": X acts through its
// forces (weak), also when the tagger read the verb as a noun.
func TestWhoseForces(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "control read as a noun",
			text: "War\nKhalifa Haftar, whose forces control eastern Libya, visited Cairo on Monday.",
			want: []string{"Khalifa Haftar -control-> Libya"}},
		{name: "team is no force",
			text:    "Football\nJose Lopez, whose team beat Chelsea, was sacked.",
			wantNot: []string{"Jose Lopez -beat-> Chelsea"}},
	})
}

// TestDashEndsTheObjectSearch: a dash before "though" or "but" opens
// another clause; its subject is no object of the verb before.
func TestDashEndsTheObjectSearch(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "though he",
			text:    "Talks\nEhud Barak said the Palestinians were working to end the attacks - though he doubted Yasser Arafat.",
			wantNot: []string{"Palestine -end-> Ehud Barak"}},
	})
}

// TestLeavesASon: "she leaves a son, Alan" (an obituary's survivors) is no
// act of leaving.
func TestLeavesASon(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "obituary",
			text:    "Obituary\nThe actress Mary Lowe, who was married twice, leaves one son, Peter.",
			wantNot: []string{"Mary Lowe -leave-> Peter"}},
		{name: "leaving a firm",
			text: "Jobs\nMary Lowe will leave Barclays in May.",
			want: []string{"Mary Lowe -leave-> Barclays"}},
	})
}

// TestPlanToActAsSubject: "X's plan to attack Y failed": Y is the
// infinitive's object, not the subject of the verb after it; the plan, not
// Y, is what fails or angers.
func TestPlanToActAsSubject(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "plan failed",
			text: "War\nSyria's plan to attack Jordan failed in March.",
			want: []string{"Syria -attack-> Jordan"}},
		{name: "the plan angers",
			text:    "Cars\nThe plan to sell Vauxhall Motors has angered Britain.",
			wantNot: []string{"Vauxhall Motors -anger-> United Kingdom"}},
	})
}

// TestDepartures: "the secession (withdrawal, exit) of X from Y": X leaves
// Y; "the expulsion (deportation) of X from Y": Y sends X away.
func TestDepartures(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "secession",
			text: "Split\nAfter the secession of Eritrea from Ethiopia in 1993, the two fought a war.",
			want: []string{"Eritrea -secede from-> Ethiopia"}},
		{name: "troops withdrawn",
			text: "Troops\nThe withdrawal of Russian troops from Moldova was delayed again.",
			want: []string{"Russia -withdraw from-> Moldova"}},
		{name: "possessor's exit",
			text: "Vote\nGreece's exit from the European Union was ruled out.",
			want: []string{"Greece -exit from-> European Union"}},
		{name: "expulsion",
			text: "Spies\nThe expulsion of Czech diplomats from Russia angered Prague.",
			want: []string{"Russia -expel-> Czech Republic"}},
		{name: "a bill is no party",
			text:    "Vote\nThe withdrawal of the bill from Parliament angered Labour.",
			wantNot: []string{"bill -withdraw from-> Parliament"}},
	})
}

// TestPeoplesCalledOn: "called on Eritreans and Ethiopians to": the
// peoples, for their states; a language or a list of modifiers stays none.
func TestPeoplesCalledOn(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "called on a list of peoples",
			text: "Peace\nThe blogger Hana Tesfaye called on Sudanese and Chadians on Twitter to end the feud.",
			want: []string{"Hana Tesfaye -call on-> Sudan", "Hana Tesfaye -call on-> Chad"}},
		{name: "a language",
			text:    "Film\nThe actor Jan Novak cannot speak Japanese, his agent said.",
			wantNot: []string{"Jan Novak -speak-> Japan"}},
		{name: "modifiers in a list",
			text:    "Arms\nThe minister Jan Novak gave in to Japanese and Chinese pressure.",
			wantNot: []string{"Jan Novak -give to-> Japan"}},
	})
}
