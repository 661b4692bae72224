package extract

import "testing"

// TestMemberPastNameTail: "said X of ORG" keeps X a member of ORG past the
// name's own "'s" ("Standard & Poor's in New York"), a time phrase ("at
// Merrill Lynch on Thursday.") and an adverb before the verb ("of the BBC
// also drew").
func TestMemberPastNameTail(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "name's own 's", text: "Markets\n\"Prices will fall,\" said Ruth Pagel of Standard & Poor's in London.",
			want: []string{"Ruth Pagel -member of-> Standard & Poor"}},
		{name: "time phrase", text: "Markets\n\"Demand is weak,\" said Oren Blake at Goldman Sachs on Monday.",
			want: []string{"Oren Blake -member of-> Goldman Sachs"}},
		{name: "last week", text: "Markets\n\"Demand is weak,\" said Oren Blake at Goldman Sachs last week.",
			want: []string{"Oren Blake -member of-> Goldman Sachs"}},
		{name: "adverb before the verb", text: "Media\nA talk by Oren Blake of the BBC also drew a crowd.",
			want: []string{"Oren Blake -member of-> BBC"}},
		{name: "met someone there", text: "Markets\nHe met Oren Blake at Goldman Sachs on Monday.",
			wantNot: []string{"Oren Blake -member of-> Goldman Sachs"}},
	})
}

// TestSpeakingPossessedMember: "said Yahoo's Yonca Brunini", "the Fabian
// Society's Sundar Katwala said": a person the gazetteer has no first name
// for is still the organisation's when they speak; a product does not.
func TestSpeakingPossessedMember(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "said before", text: "Web\n\"Search will grow,\" said Yahoo's Ilkka Brunell.",
			want: []string{"Ilkka Brunell -member of-> Yahoo"}},
		{name: "said after", text: "Politics\nThe Fabian Society's Gorka Arizmendi said the change was overdue.",
			want: []string{"Gorka Arizmendi -member of-> Fabian Society"}},
		{name: "a product", text: "Games\nSony's Qrio Robot has been singing and dancing.",
			wantNot: []string{"Qrio Robot -member of-> Sony"}},
		{name: "a name of words", text: "Law\nA member of Harriet Vane's Oxford Chambers says the advice was clear.",
			wantNot: []string{"Oxford Chambers -member of-> Harriet Vane"}},
	})
}

// TestOneOfBeforeName: "One of Britain's largest banks, Barclays," and
// "One of the US's largest cable TV firms, X,": the description
// opening the sentence says where the company it is apposed to is based.
func TestOneOfBeforeName(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "country's", text: "Banks\nOne of Britain's largest banks, Barclays, reported higher profits.",
			want: []string{"Barclays -based in-> United Kingdom"}},
		{name: "the country's, acronym", text: "Media\nOne of the US's biggest cable TV firms, Comcast, cut its prices.",
			want: []string{"Comcast -based in-> United States"}},
		{name: "in the country", text: "Banks\nOne of the largest banks in Switzerland, Credit Suisse, reported higher profits.",
			want: []string{"Credit Suisse -based in-> Switzerland"}},
		{name: "a list", text: "Banks\nOne of Britain's largest banks, Barclays and HSBC reported higher profits.",
			wantNot: []string{"Barclays -based in-> United Kingdom"}},
	})
}

// TestDemonymEpithets: "The Swede", "The 25-year-old Spaniard", "The Dutch
// striker" opening a sentence after a sentence naming one person stand for
// that person, who is from the country the demonym names; not after a
// sentence whose "he" names someone before the one person, nor for a
// state's post ("The Libyan leader").
func TestDemonymEpithets(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "demonym", text: "Tennis\nJennifer Capriati withdrew on Monday. The American has an injured wrist.",
			want: []string{"Jennifer Capriati -from-> United States"}},
		{name: "aged demonym", text: "Tennis\nRoberto Carretero will play in Doha. The 29-year-old Spaniard joins a strong field.",
			want: []string{"Roberto Carretero -from-> Spain"}},
		{name: "demonym and trade", text: "Football\nRuud van Nistelrooy is injured. The Dutch striker will miss the game against Arsenal.",
			want: []string{"Ruud van Nistelrooy -from-> Netherlands"}},
		{name: "he before the one named", text: "Tennis\nFourth seed survived a scare as he battled past Ivan Ljubicic. The Russian turned his ankle.",
			wantNot: []string{"Ivan Ljubicic -from-> Russia"}},
		{name: "he and the name's own demonym", text: "Tennis\nHe will face seventh seed Russian Igor Andreev. The Russian beat Tommy Haas in two sets.",
			want: []string{"Igor Andreev -from-> Russia"}},
		{name: "a post", text: "Politics\nAbdullah al-Thinni spoke on Monday. The Libyan leader told Sky News he was angry.",
			wantNot: []string{"Abdullah al-Thinni -from-> Libya"}},
	})
}

// TestCountryBeforeTrade: a country's name before a trade says where the
// person is from ("US literary critic X", "US TV presenter X"), a plural
// trade before a list says it of each ("British actors X and Y"); not a
// national side's staff in a sports report ("Scotland doctor X"), nor a
// country's name inside an organisation's ("BBC Scotland chief
// correspondent X"), nor a capital standing for its country ("Beijing
// correspondent X"). A cue that is also a trade still places a company
// ("UK broadcaster X", "US retail giant X", "UK telco X").
func TestCountryBeforeTrade(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "country and trade", text: "Books\nThe pair came to honour US literary critic Harold Bloom at the library.",
			want: []string{"Harold Bloom -from-> United States"}},
		{name: "acronym in the trade", text: "Television\nFans mourned the late US TV presenter Merv Griffin on Monday.",
			want: []string{"Merv Griffin -from-> United States"}},
		{name: "plural trade", text: "Film\nThe new drama features British actors Tom Hardy and Emily Watson.",
			want: []string{"Tom Hardy -from-> United Kingdom", "Emily Watson -from-> United Kingdom"}},
		{name: "team staff", text: "Rugby\nWales beat Scotland in the rugby match on Saturday. \"The scan showed damage and he will miss the game,\" said Scotland doctor James Robson.",
			wantNot: []string{"James Robson -from-> Scotland"}},
		{name: "a capital's posting", text: "Media\nThe paper's Beijing correspondent Tom Reed was expelled on Monday.",
			wantNot: []string{"Tom Reed -from-> China"}},
		{name: "inside a name", text: "Politics\nBBC Scotland chief correspondent Ian Brown said so on Monday.",
			wantNot: []string{"Ian Brown -from-> Scotland"}},
		{name: "broadcaster", text: "Radio\nUK broadcaster Virgin Radio says it will offer radio on phones.",
			want: []string{"Virgin Radio -based in-> United Kingdom"}},
		{name: "retail giant", text: "Music\nA shopper is suing US retail giant Wal-Mart over a refund.",
			want: []string{"Walmart -based in-> United States"}},
		{name: "telco", text: "Phones\nUK telco BT has launched a new service.",
			want: []string{"BT -based in-> United Kingdom"}},
	})
}

// TestDemonymStanding: a demonym before a word of standing says where the
// person is from ("British rival X", "Spanish international X", "British
// number one X"), before a pair's word for each of the list ("Irish duo X
// and Y"); a country's name before such a word is a national side's
// ("England international X").
func TestDemonymStanding(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "international", text: "Football\nSpanish international Raul Garcia scored a goal in the match.",
			want: []string{"Raul Garcia -from-> Spain"}},
		{name: "number one", text: "Tennis\nBritish number one Andy Murray lost in the final.",
			want: []string{"Andy Murray -from-> United Kingdom"}},
		{name: "duo", text: "Rugby\nIrish duo Paul Kelly and Keith Earls will miss the match.",
			want: []string{"Paul Kelly -from-> Ireland", "Keith Earls -from-> Ireland"}},
		{name: "medallist", text: "Athletics\nSwedish heptathlon gold medallist Anna Holm will run in the race.",
			want: []string{"Anna Holm -from-> Sweden"}},
		{name: "a country's side", text: "Football\nEngland international Wayne Rooney scored a goal in the match.",
			wantNot: []string{"Wayne Rooney -from-> England"}},
	})
}

// TestWinLoseObjects: a person or a place is no prize ("won Best Actress
// for X", "has won the Boston and London marathons"), but a seat is won;
// a player lost to an injury is no relation.
func TestWinLoseObjects(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "film after a prize", text: "Film\nSwank won the Best Actress prize for Million Dollar Baby on Sunday.",
			wantNot: []string{"Hilary Swank -win-> Million Dollar Baby", "Swank -win-> Million Dollar Baby"}},
		{name: "races", text: "Athletics\nRadcliffe has won the Chicago and New York marathons.",
			wantNot: []string{"Radcliffe -win-> Chicago"}},
		{name: "a seat", text: "Politics\nBack in 1983 Michael Howard won the Folkestone and Hythe seat easily.",
			want: []string{"Michael Howard -win-> Folkestone and Hythe"}},
		{name: "injury", text: "Football\nMourinho has lost winger Arjen Robben to a bad injury.",
			wantNot: []string{"Jose Mourinho -lose-> Arjen Robben", "Mourinho -lose-> Arjen Robben"}},
	})
}

// TestSportMovesAndNamedSides: "got round X" passes a defender, "held by
// X" is a save and "kicked to X" a pass, no relation between the players; "turned out for
// English side Saracens" is for the club the side's noun names, not for
// England.
func TestSportMovesAndNamedSides(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "got round", text: "Football\nChelsea won the match 2-0. First, Duff got round Ashley Cole and scored the goal.",
			wantNot: []string{"Damien Duff -get-> Ashley Cole", "Duff -get-> Ashley Cole"}},
		{name: "held", text: "Football\nThe visitors lost the match after a late shot from Jack Wilshere was held by Steve Phillips.",
			wantNot: []string{"Steve Phillips -hold-> Jack Wilshere"}},
		{name: "kicked to", text: "Rugby\nIreland won the match 19-13. Ronan O'Gara kicked to Shane Horgan, who scored in the corner.",
			wantNot: []string{"Ronan O'Gara -kick to-> Shane Horgan"}},
		{name: "named side", text: "Rugby\nTaylor has played for English side Saracens this season.",
			want: []string{"Taylor -play for-> Saracens"}, wantNot: []string{"Taylor -play for-> England"}},
	})
}

// TestPostWithPortfolioFor: "X, vice president for entertainment at Nokia",
// "X, director of anti-virus research for F-Secure": a post's portfolio
// after "for" too, and hyphened words in it, before the organisation.
func TestPostWithPortfolioFor(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "for a portfolio", text: "Phones\n\"Sales are strong,\" said Jonas Larsen, vice president for music at Nokia.",
			want: []string{"Jonas Larsen -vice president at-> Nokia"}},
		{name: "hyphened portfolio", text: "Security\n\"Attacks are rising,\" said Mikko Larsen, director of anti-spam research for Symantec.",
			want: []string{"Mikko Larsen -director at-> Symantec"}},
	})
}

// TestTeamMate: "his Arsenal team-mate Robert Pires", "Falcons' team-mate
// X", "Arsenal team-mate and Spanish international X": the person plays for
// the side; "former Liverpool team-mate X" played for it.
func TestTeamMate(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "team-mate", text: "Football\nCole was backed by his Arsenal team-mate Robert Pires on Sunday.",
			want: []string{"Robert Pires -player of-> Arsenal"}},
		{name: "possessive side", text: "Rugby\nThe teenager will play alongside Falcons' team-mate Jamie Noon on Saturday.",
			want: []string{"Jamie Noon -player of-> Falcons"}},
		{name: "and a second description", text: "Football\nHe praised Arsenal team-mate and Spanish international Jose Reyes on Monday.",
			want: []string{"Jose Reyes -player of-> Arsenal"}},
		{name: "former", text: "Football\nRush replaced former Liverpool team-mate Mark Wright at Chester.",
			want: []string{"Mark Wright -former player of-> Liverpool"}, wantNot: []string{"Mark Wright -player of-> Liverpool"}},
		{name: "a verb between", text: "Football\nHis Arsenal team-mate praised Robert Pires on Sunday.",
			wantNot: []string{"Robert Pires -player of-> Arsenal"}},
	})
}

// TestCompanyOfCountry: "LG Electronics of South Korea was demonstrating",
// "orders from Qantas and Garuda of Indonesia.": a
// company of a country, the phrase ending there, is based there.
func TestCompanyOfCountry(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "subject", text: "Phones\nSamsung of South Korea has a new phone on show.",
			want: []string{"Samsung -based in-> South Korea"}},
		{name: "list end", text: "Planes\nIt has orders from Qantas and Garuda of Indonesia.",
			want: []string{"Garuda -based in-> Indonesia"}},
		{name: "phrase goes on", text: "Phones\nSamsung of South Korea's rivals have a new phone on show.",
			wantNot: []string{"Samsung -based in-> South Korea"}},
	})
}

// TestOwnUnits: "its PayPal unit", "Delta Air Lines' Comair subsidiary",
// "its unit Gazpromneft", "its key production unit, Yugansk,": the unit is
// part of the organisation ("its" is the one organisation the sentence
// names before it).
func TestOwnUnits(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "its name unit", text: "Tech\neBay wants to sell its PayPal unit soon.",
			want: []string{"PayPal -part of-> eBay"}},
		{name: "owner's name unit", text: "Airlines\nRegulators will look at Delta Air Lines' Comair subsidiary after the delays.",
			want: []string{"Comair -part of-> Delta Air Lines"}},
		{name: "its unit name", text: "Gas\nThe firms are Gazprom, its unit Gazpromneft, and Rosneft.",
			want: []string{"Gazpromneft -part of-> Gazprom"}},
		{name: "two organisations before", text: "Tech\neBay and Yahoo want to sell its PayPal unit soon.",
			wantNot: []string{"PayPal -part of-> eBay", "PayPal -part of-> Yahoo"}},
	})
}

// TestDemonymGroupList: "British actors in attendance include X, Y and Z",
// "UK actors, including X", "Chinese portals such as X and Y": each named
// is from (based in) the country; "Brit nominees" are the Brit Awards'.
func TestDemonymGroupList(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "include", text: "Film\nBritish actors at the party include nominees Jude Law, Emily Blunt and director Ken Loach.",
			want: []string{"Jude Law -from-> United Kingdom", "Emily Blunt -from-> United Kingdom", "Ken Loach -from-> United Kingdom"}},
		{name: "country's name, including", text: "Film\nSeveral UK actors, including Hugh Grant and Colin Firth, were in the cast.",
			want: []string{"Hugh Grant -from-> United Kingdom", "Colin Firth -from-> United Kingdom"}},
		{name: "companies such as", text: "Web\nLarge Chinese portals such as Baidu and Tencent remove some posts.",
			want: []string{"Baidu -based in-> China", "Tencent -based in-> China"}},
		{name: "Brit", text: "Music\nThe band stand apart from fellow Brit nominees such as Keane and Elbow.",
			wantNot: []string{"Keane -from-> United Kingdom"}},
	})
}

// TestSubstitute: "Substitute X" opening a sentence is no part of the name,
// and "came on for Y" is a substitute replacing Y.
func TestSubstitute(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "substitute", text: "Rugby\nSubstitute Tom Biggs, who came on for Ben Foden at half-time, scored late.",
			want: []string{"Tom Biggs -replace-> Ben Foden"}, noEntity: []string{"Substitute Tom Biggs"}},
		{name: "came on for", text: "Football\nThe match was won. Jermain Defoe came on for Peter Crouch after 70 minutes.",
			want: []string{"Jermain Defoe -replace-> Peter Crouch"}},
	})
}

// TestAdverbParticipleBeforeName: "the beautifully talented X": a
// participle after a determiner and an "-ly" adverb, before a name, is an
// adjective, no verb relating the names around it.
func TestAdverbParticipleBeforeName(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "talented", text: "Music\nVoters picked Ed Sheeran over the beautifully talented Kate Bush.",
			wantNot: []string{"Ed Sheeran -talent-> Kate Bush"}},
	})
}

// TestItsPost: "Carlos Ghosn, its highly successful boss,", "owned by its
// chief finance officer X": a post of "its", the one organisation the
// sentence names before it (a place after a preposition aside).
func TestItsPost(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "apposed", text: "Cars\nNissan will miss Carlos Ghosn, its highly successful boss, when he moves to Renault.",
			want: []string{"Carlos Ghosn -boss of-> Nissan"}},
		{name: "before the name", text: "Oil\nYukos has no assets in the US apart from a flat owned by its finance director Bruce Misamore.",
			want: []string{"Bruce Misamore -finance director of-> Yukos"}},
		{name: "two organisations", text: "Cars\nNissan and Renault will miss Carlos Ghosn, its highly successful boss.",
			wantNot: []string{"Carlos Ghosn -boss of-> Nissan", "Carlos Ghosn -boss of-> Renault"}},
	})
}

// TestInNationalSquad: "X was picked in the Scotland training squad", "X
// wants to hold on to his place in the Germany squad": the person opening
// the sentence plays for the country's side; not "in the England side's
// defeat".
func TestInNationalSquad(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "named in", text: "Rugby\nDuncan Weir was picked in the Scotland training squad for the match.",
			want: []string{"Duncan Weir -player of-> Scotland"}},
		{name: "place in", text: "Football\nManuel Neuer wants to hold on to his place in the Germany squad.",
			want: []string{"Manuel Neuer -player of-> Germany"}},
		{name: "possessive", text: "Rugby\nOwen Farrell was named in the England side's warm-up match report.",
			wantNot: []string{"Owen Farrell -player of-> England"}},
	})
}

// TestRivals: "X faced competition from firms such as A and B", "X is
// trailing behind competitors like A and B", "X, in contrast to its
// European rival A,": the companies named are rivals of the one
// organisation named before.
func TestRivals(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "competition from firms", text: "Tech\nSince its launch Yahoo has faced tough competition from firms such as Google and Apple.",
			want: []string{"Google -rival of-> Yahoo", "Apple -rival of-> Yahoo"}},
		{name: "behind competitors", text: "Tech\nMicrosoft is lagging behind competitors like Google and AOL in this area.",
			want: []string{"Google -rival of-> Microsoft", "AOL -rival of-> Microsoft"}},
		{name: "its rival", text: "Planes\nBoeing, unlike its European rival Airbus, expects smaller planes to sell.",
			want: []string{"Airbus -rival of-> Boeing"}},
		{name: "two organisations before", text: "Tech\nIntel and Microsoft are lagging behind competitors like Google and AOL.",
			wantNot: []string{"Google -rival of-> Microsoft", "Google -rival of-> Intel"}},
	})
}

// TestAndKin: "X and husband Y": Y is X's husband; "X's parents, A and B,":
// each is X's parent.
func TestAndKin(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "and husband", text: "Music\nJennifer Lopez and husband Marc Anthony attended the party.",
			want: []string{"Marc Anthony -husband of-> Jennifer Lopez"}},
		{name: "parents", text: "Music\nRichey Edwards's parents, Graham Edwards and Sherry Edwards, still hope he is alive.",
			want: []string{"Graham Edwards -parent of-> Richey Edwards", "Sherry Edwards -parent of-> Richey Edwards"}},
	})
}
