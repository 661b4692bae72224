package extract

import "testing"

// TestExPrefix: "ex-" before a name is split from it and read as "former"
// ("ex-Yukos boss X", "Ex-Labour leader X"); a word that is no first name
// between "former" and a first name is a team or party, no part of the name
// ("Former Wallaby John Eales"); "backing singers" after a band are its
// singers, no act of backing (guard).
func TestExPrefix(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "ex- party leader", text: "Politics\nEx-Labour leader Neil Kinnock said the plan was sound.",
			want: []string{"Neil Kinnock -former leader of-> Labour Party"}},
		{name: "ex- company boss", text: "Business\nThe court heard from ex-Yukos boss Mikhail Khodorkovsky on Monday.",
			want: []string{"Mikhail Khodorkovsky -former boss of-> Yukos"}},
		{name: "team word after former", text: "Sport\nFormer Wallaby John Eales criticised Fiji.",
			want: []string{"John Eales -criticize-> Fiji"}, wantNot: []string{"Wallaby John Eales -criticize-> Fiji"}},
		{name: "backing singers (guard)", text: "Music\nThe film features ex-Wham! backing singers Pepsi and Shirlie.",
			wantNot: []string{"Wham! -back-> Pepsi", "Wham! -back-> Shirlie"}},
	})
}

// TestApposedNewPost: "new", "current" and "newly appointed" may stand
// between an apposition's article and the organisation whose post follows;
// a post "as" an honorific's holder's ("serve as Mr Ghosn's deputy") is his.
func TestApposedNewPost(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "new", text: "Business\nJohn Smith, the new Nissan chief executive, said sales would rise.",
			want: []string{"John Smith -chief executive of-> Nissan"}},
		{name: "newly appointed", text: "Politics\nSir Ian Marsh, the newly appointed Metropolitan Police commissioner, spoke on Monday.",
			want: []string{"Ian Marsh -commissioner of-> Metropolitan Police"}},
		{name: "newly-appointed", text: "Politics\nAnn Lowe, the newly-appointed Merseyside Police commissioner, backed the plan.",
			want: []string{"Ann Lowe -commissioner of-> Merseyside Police"}},
		{name: "as the honorific's deputy", text: "Business\nFrom May Mr Shiga will serve as Mr Ghosn's deputy.",
			want: []string{"Shiga -deputy of-> Ghosn"}},
	})
}

// TestPassiveReasonThenAgent: a passive's "for" phrase before its "by"
// phrase is the reason, and the "by" phrase still names the agent; so
// does the place after it ("arrested for drug offences in X").
func TestPassiveReasonThenAgent(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "sued for libel by", text: "Media\nThe Daily Telegraph was sued for libel by George Galloway in 2004.",
			want: []string{"George Galloway -sue-> The Daily Telegraph"}},
		{name: "fined for behaviour by", text: "Business\nMicrosoft was fined for anti-competitive behaviour by the European Commission.",
			want: []string{"European Commission -fine-> Microsoft"}},
		{name: "arrested for offences in", text: "Politics\nPedro Alva was arrested for minor drug offences in Oaxaca on Friday.",
			want: []string{"Pedro Alva -arrested in-> Oaxaca"}},
	})
}

// TestGroupTitle: "Group" opening a capitalised post apposed to a person
// is part of the post, and the post is no organisation's name.
func TestGroupTitle(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "group economist", text: "Business\nJane Moss, Group Economist at Nationwide, said house prices fell.",
			want: []string{"Jane Moss -group economist at-> Nationwide"}},
		{name: "group chief executive", text: "Business\nJane Moss, Group Chief Executive of Nationwide, said house prices fell.",
			want: []string{"Jane Moss -group chief executive of-> Nationwide"}},
	})
}

// TestCopulaOrgPost: a copula's complement with no article that is an
// organisation's name and a post ("was Home Office permanent secretary");
// guard: a post followed by "of" belongs elsewhere.
func TestCopulaOrgPost(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "no article", text: "Politics\nDame Ann Lowe was Home Office permanent secretary for six years.",
			want: []string{"Ann Lowe -former permanent secretary of-> Home Office"}}, // (told in the past: TestPastPostAtTime)
		{name: "became", text: "Politics\nMr Smith became Labour leader in 1994.",
			want: []string{"Smith -leader of-> Labour Party"}},
		{name: "of after the post (guard)", text: "Politics\nMr Smith was Labour leader of the council.",
			wantNot: []string{"Smith -leader of-> Labour Party"}},
	})
}

// TestFrontedPassive: a passive participle opening its sentence with a
// "by" agent describes the name that opens the main clause after the
// comma ("Founded by X in 1975, Y is").
func TestFrontedPassive(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "founded by", text: "Business\nFounded by Ann Price in 1975, Pricewell is now the largest chemist chain.",
			want: []string{"Ann Price -found-> Pricewell"}},
		{name: "owned by, article in the name", text: "Media\nOwned by Rupert Murdoch, The Sun backed Labour in 1997.",
			want: []string{"Rupert Murdoch -own-> The Sun"}},
		{name: "a verb before the comma (guard)", text: "Media\nOwned by Rupert Murdoch and edited by Tom Lee, it is said that The Sun backed Labour.",
			wantNot: []string{"Rupert Murdoch -own-> The Sun"}},
	})
}

// TestPassiveControl: the one an object-control verb's passive acts on
// does what the infinitive says ("was hired by X to evaluate Y"); a name
// right before a passive gerund is its subject ("Goldman Sachs being hired
// by X"); "conglomerate" before a name says it is a company.
func TestPassiveControl(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "hired by, to", text: "Business\nLazard was hired by the Spanish government to evaluate the lender Caja Sur.",
			want: []string{"Spain -hire-> Lazard", "Lazard -evaluate-> Caja Sur"}, wantNot: []string{"Spain -evaluate-> Caja Sur"}},
		{name: "being hired", text: "Business\nPapers reported on Lazard being hired by Madrid officials last week to assess banking conglomerate Caja Sur.",
			want: []string{"Lazard -assess-> Caja Sur"}},
		{name: "agent acts for other verbs (guard)", text: "Business\nYukos was sold by the Russian government to recover taxes from Menatep.",
			wantNot: []string{"Yukos -recover-> Menatep"}},
	})
}

// TestUnknownNameOf: a run of capitalised words the rules name nothing by,
// right after the verb and before "of", is a name the recogniser missed,
// and the name after "of" is not the object ("defeated Golden Boy of
// Arsenal").
func TestUnknownNameOf(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "missed name before of", text: "Sport\nKevin Kim defeated Golden Boy of Arsenal in three sets.",
			wantNot: []string{"Kevin Kim -defeat of-> Arsenal"}},
		{name: "known name before of (guard)", text: "Sport\nKevin Kim beat Jan Hernych of the Czech Republic in three sets.",
			want: []string{"Kevin Kim -beat-> Jan Hernych"}},
	})
}

// TestPurposeMotion: one who moves to do something does it ("came off the
// bench to replace X", "came from two sets down to defeat X").
func TestPurposeMotion(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "came off the bench to", text: "Sport\nOn his debut against Italy, Tom Lowe came off the bench to replace Sam Hart.",
			want: []string{"Tom Lowe -replace-> Sam Hart"}},
		{name: "came from behind to", text: "Sport\nTim Henman came from two sets down to beat Cyril Saulnier in Paris.",
			want: []string{"Tim Henman -beat-> Cyril Saulnier"}},
	})
}

// TestNewBeforeBody: "New" or a rank word opening a sentence before a known
// body and a post in lower case says the post is new, and the body's post
// is read as with "The new" (not "New Providence": a place's own name).
func TestNewBeforeBody(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "New", text: "Business\nNew EU trade commissioner Peter Mandelson said talks would resume.",
			want: []string{"Peter Mandelson -trade commissioner of-> European Union"}},
		{name: "Senior", text: "Business\nSenior EU trade commissioner Peter Mandelson said talks would resume.",
			want: []string{"Peter Mandelson -trade commissioner of-> European Union"}},
		{name: "a place's own name (guard)", text: "People\nHe lived at his home in New Providence with his wife.",
			wantNot: []string{"He -live in-> Providence"}},
	})
	runTypeCases(t, []typeCase{
		{text: "People\nArthur Hale died at his home in New Providence island.", name: "New Providence", typ: TypeLoc},
	})
}

// TestPluralPostModifiers: a plural post before two names keeps its
// modifiers and a "former" before the organisation ("former Enron chief
// executives X and Y").
func TestPluralPostModifiers(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "former, modifiers, plural", text: "Business\nThe settlement leaves out former Vexco chief executives Ann Lowe and Tom Hart.",
			want: []string{"Ann Lowe -former chief executive of-> Vexco", "Tom Hart -former chief executive of-> Vexco"}},
		{name: "plural alone", text: "Politics\nLabour MPs Diane Abbott and Tom Hart rebelled.",
			want: []string{"Diane Abbott -mp of-> Labour Party", "Tom Hart -mp of-> Labour Party"}},
	})
}

// TestApposedOrgPlacePost: an organisation and a place before a post in an
// apposition ("X, BBC Delhi reporter,") make the post the organisation's.
func TestApposedOrgPlacePost(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "org, city, post", text: "Business\nAnn Lowe, Reuters Delhi correspondent, said fares had risen.",
			want: []string{"Ann Lowe -correspondent of-> Reuters"}},
		{name: "org, country, post", text: "Tech\nTom Hart, Sony UK general manager, said sales had risen.",
			want: []string{"Tom Hart -general manager of-> Sony"}},
	})
}

// TestIncludingBodies: bodies named after "including" are the objects a
// verb takes through a plural of their kind ("owns brands including X and
// Y", "sanctioned 11 entities, including X").
func TestIncludingBodies(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "brands including", text: "Business\nUnilever owns brands including Dove and Lipton.",
			want: []string{"Unilever -own-> Dove", "Unilever -own-> Lipton"}},
		{name: "entities, including", text: "Politics\nThe US sanctioned eleven entities, including Sinopec.",
			want: []string{"United States -sanction-> Sinopec"}},
	})
}

// TestPairNounMood: an event noun between two parties takes the future its
// planning word, its relative clause or its own verb gives it ("a merger
// between X and Y which will go ahead", "talks between X and Y are
// expected"); a done one stays asserted (guard).
func TestPairNounMood(t *testing.T) {
	runModalityCases(t, []modalityCase{
		{text: "Business\nThe planned merger between Rosneft and Gazprom was delayed.", rel: "Rosneft -merge with-> Gazprom", modality: "planned"},
		{text: "Business\nAnalysts point to a merger between Rosneft and Gazprom that officials say will go ahead.", rel: "Rosneft -merge with-> Gazprom", modality: "planned"},
		{text: "Business\nTalks between Iran and the EU are expected next week.", rel: "Iran -talk with-> European Union", modality: "planned"},
		{text: "Business\nThe merger between Rosneft and Gazprom was completed in May.", rel: "Rosneft -merge with-> Gazprom", modality: ""},
	})
}

// TestHedgedIntent: "may", "might" or "could" before a verb of intent keeps
// the act only possible ("may offer to sell X"); without it the intent
// stays (guard: "has offered to sell X" is offered).
func TestHedgedIntent(t *testing.T) {
	runModalityCases(t, []modalityCase{
		{text: "Business\nAnalysts think Vexco may offer to sell Brightline.", rel: "Vexco -sell-> Brightline", modality: "possible"},
		{text: "Business\nVexco has offered to sell Brightline.", rel: "Vexco -sell-> Brightline", modality: "offered"},
	})
}

// TestSideAhead: in a sports report a player who puts his side ahead, in
// front, level or on the board plays for it; the light verb says nothing
// of its own.
func TestSideAhead(t *testing.T) {
	const report = "Sport\nHibs beat Dundee 2-1 in the Scottish Premier League on Saturday. The striker missed a penalty and the goalkeeper saved a shot before half-time, but the midfield dominated the match. "
	runRuleCases(t, []ruleCase{
		{name: "put ahead", text: report + "Tom Lowe put Hibs ahead with a header.",
			want: []string{"Tom Lowe -play for-> Hibs"}, wantNot: []string{"Tom Lowe -put-> Hibs"}},
		{name: "on the board", text: report + "Tom Lowe got Hibs on the board with a penalty.",
			want: []string{"Tom Lowe -play for-> Hibs"}, wantNot: []string{"Tom Lowe -get-> Hibs"}},
	})
}

// TestStruckRetag: "struck" the tagger reads as an adjective right after
// its subject's name is the verb ("Israel struck targets in Gaza").
func TestStruckRetag(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "struck targets", text: "World\nIsrael struck targets in Gaza overnight.",
			want: []string{"Israel -strike-> Gaza Strip"}},
	})
}

// TestReducedLocated: a bare "located in" or "headquartered in" after an
// organisation's name, with or without a comma, places it.
func TestReducedLocated(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "no comma", text: "Canada\nBoth soldiers were from CFB Petawawa located in Petawawa.",
			want: []string{"CFB Petawawa -located in-> Petawawa"}},
		{name: "comma", text: "Business\nBoth came from the Acme Institute, located in Leeds.",
			want: []string{"Acme Institute -located in-> Leeds"}},
	})
}

// TestTributeThrough: a homage noun's "to" reaches the one honoured past a
// possessed post or a legacy noun ("paid tribute to the film's director
// X", "to the legacy of X").
func TestTributeThrough(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "possessed post", text: "Film\nAnn Lowe paid tribute to the film's director Tom Hart.",
			want: []string{"Ann Lowe -pay tribute to-> Tom Hart"}, wantNot: []string{"Ann Lowe -pay-> Tom Hart"}},
		{name: "legacy of", text: "Music\nAnn Lowe paid tribute to the legacy of Tom Hart.",
			want: []string{"Ann Lowe -pay tribute to-> Tom Hart"}},
	})
}

// TestWhetherClause: a finite clause opened by "whether" is undecided ("to
// decide whether they will take action against X").
func TestWhetherClause(t *testing.T) {
	runModalityCases(t, []modalityCase{
		{text: "Sport\nUS officials must now decide whether they will take action against Marion Jones.", rel: "United States -take action against-> Marion Jones", modality: "possible"},
		{text: "Sport\nThe US authorities will take action against Marion Jones.", rel: "United States -take action against-> Marion Jones", modality: "future"},
	})
}

// TestPlaceListModifiers: places listed before a common noun describe it
// and are no objects ("operates the Paris, Amsterdam and Lisbon bourses",
// "topped the UK and US film charts"); a plain list of places stays
// (guard).
func TestPlaceListModifiers(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "bourses", text: "Business\nNextex operates the Paris, Amsterdam and Lisbon bourses.",
			wantNot: []string{"Nextex -operate-> France", "Nextex -operate-> Netherlands"}},
		{name: "charts", text: "Film\nTom Hart has topped the UK and US film charts this week.",
			wantNot: []string{"Tom Hart -top-> United Kingdom"}},
		{name: "plain list (guard)", text: "Politics\nTony Blair visited Paris, Berlin and Rome.",
			want: []string{"Tony Blair -visit-> France", "Tony Blair -visit-> Germany"}},
	})
}

// TestSupportGiven: support or backing given, lent or thrown to a party is
// support for it (CAMEO 05), no loan or gift.
func TestSupportGiven(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "lent backing", text: "Sport\nSir Tom Hart has lent his backing to the fans' group, Shareholders Trust.",
			want: []string{"Tom Hart -support-> Shareholders Trust"}, wantNot: []string{"Tom Hart -lend-> Shareholders Trust"}},
		{name: "gave support", text: "Politics\nRobin Lane gave his support to Gordon Brown on Monday.",
			want: []string{"Robin Lane -support-> Gordon Brown"}},
	})
	runEventCases(t, []eventCase{
		{text: "Politics\nRobin Lane gave his support to Gordon Brown on Monday.", pred: "support", code: "050", subj: "person/robin-lane"},
	})
}

// TestNominalActs: a state's agents named by its demonym after "by" are the
// state in a nominal act ("the killing of X by Saudi agents"); condemning a
// state's invasion or annexation condemns the state; "annexation" is an
// act of its own ("Russia's annexation of Crimea"); the possessor of a
// passive's act stays its subject past the act's object ("Turkey's
// invasion of Syria was condemned by France").
func TestNominalActs(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "by Saudi agents", text: "World\nThe killing of Jamal Khashoggi by Saudi agents drew condemnation.",
			want: []string{"Saudi Arabia -kill-> Jamal Khashoggi"}},
		{name: "by Russian agents", text: "World\nThe poisoning row began after the killing of Tom Hart by Russian agents.",
			want: []string{"Russia -kill-> Tom Hart"}},
		{name: "condemned invasion", text: "World\nFrance condemned Turkey's invasion of Syria.",
			want: []string{"France -condemn-> Turkey", "Turkey -invade-> Syria"}},
		{name: "annexation", text: "World\nRussia's annexation of Crimea led to sanctions.",
			want: []string{"Russia -annex-> Crimea"}},
		{name: "possessed act of X, condemned by", text: "World\nTurkey's invasion of Syria was condemned by France.",
			want: []string{"France -condemn-> Turkey"}},
	})
}

// TestReactionToAct: a reaction an act draws from a party is the party's
// reaction to the act's doer: its possessor ("Iran's missile test drew
// condemnation from France") or its "by" agent ("the killing of X by Saudi
// agents drew condemnation from Turkey"); not what a reaction follows
// (guard).
func TestReactionToAct(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "possessor", text: "World\nIran's missile test drew condemnation from France.",
			want: []string{"France -condemn-> Iran"}},
		{name: "by agent", text: "World\nThe killing of Tom Hart by Russian agents drew condemnation from Britain.",
			want: []string{"United Kingdom -condemn-> Russia"}},
		{name: "follows (guard)", text: "Business\nAnn Lowe spoke on Monday. Her remarks follow criticism from the Treasury Committee.",
			wantNot: []string{"Treasury Committee -criticize-> Ann Lowe"}},
	})
}

// TestSmallCapitalNames: capitals of small territories named like people
// and English towns are not folded into their territories ("Plymouth beat
// Everton", "Victoria, a lobbyist").
func TestSmallCapitalNames(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "Plymouth the club", text: "Sport\nPlymouth beat Everton 2-1 at Home Park on Saturday.",
			want: []string{"Plymouth -beat-> Everton"}, wantNot: []string{"Montserrat -beat-> Everton"}},
	})
	runTypeCases(t, []typeCase{
		{text: "Politics\nVictoria, a lobbyist, denounced the bill.", name: "Victoria", typ: TypePerson},
	})
}

// TestPronounActJudged: a judgement of an act a possessive pronoun gives to
// another party than the subject is a judgement of that party ("rejected
// his comments", "attacked his policies"); the subject's own stays out
// (guard: "defended his policies").
func TestPronounActJudged(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "rejected his comments", text: "Sport\nLleyton Hewitt said the courts were too slow. Jane Pollard of Tennis Australia rejected his comments on Monday.",
			want: []string{"Jane Pollard -reject-> Lleyton Hewitt"}},
		{name: "attacked his policies", text: "Politics\nRobert Kilroy-Silk launched his party on Monday. Labour has attacked his policies as unworkable.",
			want: []string{"Labour Party -attack-> Robert Kilroy-Silk"}},
		{name: "own policies (guard)", text: "Politics\nTony Blair defended his policies on Monday.",
			wantNot: []string{"Tony Blair -defend-> Tony Blair"}},
	})
}

// TestExchangesAndCurbs: two parties who exchange something do it with each
// other ("Ukraine and Russia exchanged prisoners"), and where two clash is
// no party ("clashed off Cyprus"); curbs and controls are
// trade measures ("imposed export curbs on X").
func TestExchangesAndCurbs(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "exchanged prisoners", text: "World\nUkraine and Russia exchanged prisoners on Saturday.",
			want: []string{"Ukraine -exchange prisoner with-> Russia"}},
		{name: "export curbs", text: "World\nJapan imposed export curbs on South Korea.",
			want: []string{"Japan -impose curb on-> South Korea"}},
		{name: "clashed off a place", text: "World\nGreece and Turkey clashed off Cyprus.",
			want: []string{"Greece -clash with-> Turkey"}, wantNot: []string{"Greece -clash off-> Cyprus"}},
	})
}

// TestTheirDefeat: an unresolved "their" before a loss or a win in a sports
// report is the clause's subject's ("Liverpool followed up their derby
// defeat against Everton"); a score split by the tokeniser stays in the
// phrase.
func TestTheirDefeat(t *testing.T) {
	const report = "Football\nThe Premiership continued on Saturday with goals, penalties and a red card as the striker scored and the goalkeeper saved a shot before the manager praised the midfield. "
	runRuleCases(t, []ruleCase{
		{name: "their derby defeat", text: report + "Liverpool then followed their derby defeat against Everton with a draw.",
			want: []string{"Everton -beat-> Liverpool"}},
		{name: "their 2-1 defeat", text: report + "Liverpool wasted a lead in their 2-1 defeat to Everton.",
			want: []string{"Everton -beat-> Liverpool"}},
	})
}

// TestAsPostAfterInfinitive: the post "as" gives after an infinitive of a
// serving or leaving verb is held by the subject of the verb the infinitive
// completes ("has chosen to step down as City manager").
func TestAsPostAfterInfinitive(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "decided to step down as", text: "Sport\nKevin Keegan has now chosen to step down as City manager next year.",
			want: []string{"Kevin Keegan -manager of-> City"}},
	})
}
