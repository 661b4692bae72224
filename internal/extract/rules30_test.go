package extract

import "testing"

// TestBodyJoinedByAnd: after "the", words with no head of their own, "and"
// and words ending in an institution's head are one body ("the Kenyan
// Track and Field Federation"); not where the words before "and" are a
// body the gazetteer knows or end in a head of their own (guards).
func TestBodyJoinedByAnd(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Doping\n\nThe sprinter was banned by the Kenyan Track and Field Federation on Monday.", "Kenyan Track and Field Federation", TypeOrg},
	})
	runRuleCases(t, []ruleCase{
		{name: "post", text: "Research\n\nAnna Lark, director of the Brockway Science and Public Life Project, said blogs grew.",
			want: []string{"Anna Lark -director of-> Brockway Science and Public Life Project"}},
		{name: "known body", text: "Media\n\nThe minister criticised the BBC and Press Complaints Commission on Friday.",
			noEntity: []string{"BBC and Press Complaints Commission"}},
		{name: "own head", text: "Banking\n\nShares in the Citizens Bank and Canal Bank rose on Friday.",
			noEntity: []string{"Citizens Bank and Canal Bank"}},
	})
}

// TestSeatJoinedByAnd: a constituency named after two places is one seat
// after "MP for" and between "the" and "seat"; one MP's seat and another
// body after "and" stay apart (guard); a seat named before its noun is
// what was won.
func TestSeatJoinedByAnd(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "mp for", text: "Politics\n\nJane Orrell, Labour MP for Bexford and Wood Green, backed the plan.",
			want: []string{"Jane Orrell -mp of-> Bexford and Wood Green"}, noEntity: []string{"Wood Green"}},
		{name: "seat", text: "Politics\n\nIn 1997, Tom Varley won the Thornbury & Hythe seat with 20,100 votes.",
			want: []string{"Tom Varley -win-> Thornbury & Hythe"}},
		{name: "one place", text: "Politics\n\nIn 1997, Tom Varley won the Hythe seat with 20,100 votes.",
			want: []string{"Tom Varley -win-> Hythe"}},
		{name: "seat of", text: "Politics\n\nMs Orrell, who holds the northern Leeds seat of Bexford, said she would stay.",
			wantNot: []string{"Orrell -hold-> Leeds"}},
		{name: "party after and", text: "Politics\n\nEmlyn Rees, MP for Ceredigion and Plaid Cymru's leader, spoke.",
			noEntity: []string{"Ceredigion and Plaid Cymru"}},
	})
}

// TestDeprivedInPassive: "deprived of X" in the passive says what the
// subject lost, no act of its own on X.
func TestDeprivedInPassive(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "participle", text: "Football\n\nAs Arsenal - deprived of Tom Hale and Ben Cole through injury - struggled, they lost.",
			wantNot: []string{"Arsenal -deprive of-> Tom Hale", "Arsenal -deprive of-> Ben Cole"}},
	})
}

// TestPickedInPlaceOf: after a verb of picking, the one picked replaces
// the one named after "in place of", not the one who picks; without a
// pick the subject replaces (guard).
func TestPickedInPlaceOf(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "named", text: "Rugby\n\nCoach Ian Rudd has named Owen Pryce at fly-half in place of Dai Morgan.",
			want: []string{"Owen Pryce -replace-> Dai Morgan"}, wantNot: []string{"Ian Rudd -replace-> Dai Morgan"}},
		{name: "steps up", text: "Rugby\n\nCardiff back Owen Pryce steps up in place of Dai Morgan.",
			want: []string{"Owen Pryce -replace-> Dai Morgan"}},
	})
}

// TestWorkIsNoActor: a relation with a work on either side is kept but
// coded as no event (a film is applauded by a crowd, no state's act); a
// state's act on a state keeps its code (guard).
func TestWorkIsNoActor(t *testing.T) {
	runEventCases(t, []eventCase{
		{text: "Berlin applauds Hotel Kigali\n\nPolitical thriller Hotel Kigali was given a warm welcome by the crowd at the festival on Friday.\n\nThe film is the true story of a manager who saved many lives. Hotel Kigali is up for three Oscars. Director Tom Reid said Hotel Kigali was his best work.",
			pred: "applaud", code: ""},
		{text: "Diplomacy\n\nGermany applauded France for its stand on the treaty on Friday.", pred: "applaud", code: "051"},
	})
}

// TestMadeIntoPost: "made X president of Y" gives the post as an
// appointing verb does; "made X the richest man in Y" gives none (guard).
func TestMadeIntoPost(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "made", text: "Politics\n\nThe army made Ivo Santer interim president of Haiti on Monday.",
			want: []string{"Ivo Santer -interim president of-> Haiti"}},
		{name: "no post", text: "Business\n\nThe merger made Ivo Santer the richest man in Ruritania.",
			wantNot: []string{"Ivo Santer -richest man in-> Ruritania"}},
	})
}

// TestBodyOpensWithGeneral: "the General Accounting Office" is a body
// whose name opens with "General", no officer of an "Accounting Office";
// a general before a person's name stays a title (guard).
func TestBodyOpensWithGeneral(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Audit\n\nOfficials of the General Accounting Office in Washington said the costs had doubled.", "General Accounting Office", TypeOrg},
		{"Army\n\nGeneral Tom Reid said the costs had doubled.", "Tom Reid", TypePerson},
	})
}

// TestWorkNamedByItsCast: a name before "actor" or "actress" is the show
// or film its cast is named by; a person before a trade stays a person
// (guard).
func TestWorkNamedByItsCast(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Television\n\nFormer Harbour Lights actor Tom Reid is to star in a new play in London.", "Harbour Lights", TypeWork},
		{"Television\n\nFormer boxer Tom Cole will join Coronation Street's actress Ann Reid on BBC One's new show.", "Coronation Street", TypeWork},
		{"Television\n\nTom Reid, the actor, is to star in a new play in London.", "Tom Reid", TypePerson},
	})
}

// TestSiteAfterPreposition: a name ending in a site's word after a
// preposition of place is a site whatever first name opens it ("at Weston
// Park", "move to Stanley Park"); a person's name with no site's word
// stays a person (guard).
func TestSiteAfterPreposition(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Music\n\nThe Orbs will play at Weston Park on Saturday night.", "Weston Park", TypeLoc},
		{"Football\n\nRovers hope to move to Stanley Park within five years.", "Stanley Park", TypeLoc},
		{"Music\n\nThe Orbs played at Sheffield Arena on Monday.", "Sheffield Arena", TypeLoc},
		{"Music\n\nThe Orbs will play for Frank Field on Saturday night.", "Frank Field", TypePerson},
	})
}

// TestTeamNamedTeam: a name opening with "Team" is a team's ("Team GB"),
// no person's.
func TestTeamNamedTeam(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Athletics\n\nAnna Reid and Jo Lane will represent Team Ruritania at the event in France.", "Team Ruritania", TypeOrg},
	})
}

// TestAmpersandThenAnd: "&" joins one firm's name, "and" two firms; a
// person's name before "of" is no firm (guard).
func TestAmpersandThenAnd(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "two firms", text: "Advertising\n\nWPP has bought firms such as Dorne & Mather and Cordant Communications.",
			want: []string{"WPP -buy-> Dorne & Mather", "WPP -buy-> Cordant Communications"}, noEntity: []string{"Dorne & Mather and Cordant Communications"}},
		{name: "person of a firm", text: "Retail\n\nSir Tom Reid of Hale & Dorne and Vantor Media spoke on Monday.",
			noEntity: []string{"Sir Tom Reid of Hale & Dorne", "Tom Reid of Hale & Dorne"}},
	})
}

// TestTeamSheetInitials: players a team sheet names by an initial are
// told apart by it ("S Kerr" and "A Kerr" are two), joined to the one
// named in full with that initial ("R Dunne" is Ryan Dunne), and are
// people whatever the recogniser read; the captain's mark after a club
// ("(Toulouse, capt)") leaves the club his; "S Africa" stays a side
// (guard).
func TestTeamSheetInitials(t *testing.T) {
	text := "Rugby\n\nWales coach Tom Reid has named his side to face France in the Six Nations match on Saturday. Ryan Dunne is fit again after injury.\n\nG Pryce (Toulouse, capt); S Kerr (Clermont Auvergne), D Lusk (Llanelli); A Kerr (Cardiff), R Dunne (Bath), J Vorster (S Africa)."
	runRuleCases(t, []ruleCase{
		{name: "sheet", text: text,
			want:    []string{"S Kerr -player of-> Clermont Auvergne", "A Kerr -player of-> Cardiff", "Ryan Dunne -player of-> Bath", "D Lusk -player of-> Llanelli", "J Vorster -player of-> S Africa", "G Pryce -player of-> Toulouse"},
			wantNot: []string{"Kerr -player of-> Cardiff"}},
	})
	runTypeCases(t, []typeCase{{text, "S Africa", TypeOrg}})
	runRuleCases(t, []ruleCase{
		{name: "initial and given name", text: "Diplomacy\n\nSpain's deputy representative, M. Jean Duval, expressed similar views on Monday.",
			want: []string{"M. Jean Duval -deputy representative of-> Spain"}},
	})
}

// TestClubWordIsTheClub: a club's word alone ("United") is the club the
// document names in full, in a business story too, and of two clubs
// the one named far more; one named as often stays apart (guard).
func TestClubWordIsTheClub(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "business", text: "Business\n\nBexford United rejected the bid on Monday. Tom Reid, United's chief executive, said the offer was too low.",
			want: []string{"Tom Reid -chief executive of-> Bexford United"}},
		{name: "two clubs", text: "Business\n\nBexford United rejected the bid on Monday. Bexford United fans cheered and Shareholders United backed the board. Tom Reid, United's chief executive, said the offer was too low.",
			want: []string{"Tom Reid -chief executive of-> Bexford United"}},
		{name: "even", text: "Football\n\nBexford United drew with Carlow United on Monday. Tom Reid, United's chief executive, said the result was fair.",
			wantNot: []string{"Tom Reid -chief executive of-> Bexford United", "Tom Reid -chief executive of-> Carlow United"}},
	})
}

// TestNamedEvents: a named competition, festival or ceremony is an
// event in the output ("the Six Nations", "the Oscars"); a place named
// like an event is its event only where the story's words say so (a
// tennis story's Wimbledon, not a greyhound track's; guard); the United
// Nations is no event (guard).
func TestNamedEvents(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Rugby\n\nFrance can still win the Six Nations, Tom Reid said on Monday.", "Six Nations", TypeEvent},
		{"Tennis\n\nAnna Reid criticised Wimbledon over equal prize money for women, saying the seeds deserved better.", "Wimbledon", TypeEvent},
		{"Business\n\nThe firm owns greyhound tracks at Wimbledon in London and in Manchester.", "Wimbledon", TypeLoc},
		{"Politics\n\nThe United Nations criticised Ruritania on Monday.", "United Nations", TypeOrg},
	})
}

// TestFixtureTownsAreClubs: in a sports story a town on either side of a
// match relation is its club ("Bolton meet Ipswich"); a name ending in a
// club's word is a club's ("Preston Harriers").
func TestFixtureTownsAreClubs(t *testing.T) {
	text := "Football\n\nThe FA Cup third round draw was made on Sunday and the ties will be played in January. Everton visit Plymouth, Bolton meet Ipswich and Fulham face Watford in the fourth round of the cup."
	runTypeCases(t, []typeCase{{text, "Ipswich", TypeOrg}})
	runTypeCases(t, []typeCase{{"Athletics\n\nTom Reid (Preston Harriers) won the 60m in 6.61 seconds ahead of Ben Cole.", "Preston Harriers", TypeOrg}})
}

// TestSecondReportedWould: a second "would" joined by "and" to a reported
// one ("said he would consider it and would return to Parliament") is
// the speaker's "will" too, not a possibility.
func TestSecondReportedWould(t *testing.T) {
	runModalityCases(t, []modalityCase{
		{text: "Politics\n\nHome Secretary Tom Reid said he would study the report and would return to Parliament in the spring.", rel: "Tom Reid -return to-> Parliament", modality: "future"},
	})
}

// TestClubAbbreviations: a club's name written short ("Sheff Utd", "Man
// City") is the club's full name, the same entity as the full name where
// the story writes it; "Isle of Man" is no club (guard).
func TestClubAbbreviations(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "alone", text: "Football\n\nFA Cup fourth round draw: West Ham v Sheff Utd, Oldham v Man City.",
			want: []string{"Oldham -play-> Manchester City"}},
	})
	runTypeCases(t, []typeCase{
		{"Football\n\nFA Cup fourth round draw: West Ham v Sheff Utd, Oldham v Man City.", "Sheffield United", TypeOrg},
		{"Travel\n\nThe Isle of Man is to host the race in May.", "Isle of Man", TypeGPE},
	})
}

// TestYieldToDemands: agreeing to another's demands yields to it (080),
// where agreeing to its plan is intent to cooperate (guard).
func TestYieldToDemands(t *testing.T) {
	runEventCases(t, []eventCase{
		{text: "Media\n\nAcme Media has agreed to the FCC's demands over the show.", pred: "agree to", code: "080"},
		{text: "Politics\n\nRuritania agreed to the EU's plan on Monday.", pred: "agree to", code: "030"},
	})
}

// TestOusterOfPossessor: demanding or calling for a person's resignation
// or sacking, or demanding that he quit, names the person as its object,
// as "the resignation of X" does; calling the arrest something is no call
// for it (guard).
func TestOusterOfPossessor(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "demand", text: "Politics\n\nThe Liberals demanded Tom Reid's resignation on Monday.",
			want: []string{"Liberals -demand resignation of-> Tom Reid"}},
		{name: "call for", text: "Politics\n\nThe Tories called for Ann Cole's sacking.",
			want: []string{"Conservative Party -call for sacking of-> Ann Cole"}},
		{name: "demanded he quit", text: "Politics\n\nThe government fell in 1974 after the Liberals demanded Sir Tom Reid quit in return for support.",
			want: []string{"Liberals -demand resignation of-> Tom Reid"}},
		{name: "called it", text: "Politics\n\nThe United States called Tom Reid's arrest deeply disturbing news.",
			wantNot: []string{"United States -call arrest of-> Tom Reid"}},
	})
}

// TestPlaceBeforeBoughtAssets: a place named before the assets a firm
// buys is where they are, not what is bought; a state's frozen assets
// still stand for the state (guard).
func TestPlaceBeforeBoughtAssets(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "buy", text: "Business\n\nAcme Group wants to buy UK infrastructure assets.",
			wantNot: []string{"Acme Group -buy-> United Kingdom"}},
		{name: "freeze", text: "Politics\n\nThe US froze Iranian assets on Monday.",
			want: []string{"United States -freeze-> Iran"}},
	})
}

// TestClubNicknames: in a sports story a club's nickname that names one
// club is the club the story names ("Pompey" for Portsmouth), else the
// club's full name ("Boro": Middlesbrough).
func TestClubNicknames(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "named", text: "Football\n\nPompey striker Tom Reid scored twice as Portsmouth beat Everton in the Premiership.",
			want: []string{"Tom Reid -striker of-> Portsmouth"}},
		{name: "alone", text: "Football\n\nThe Boro defender Tom Reid scored as the side won 2-1 in the Premiership on Sunday.",
			want: []string{"Tom Reid -defender of-> Middlesbrough"}},
	})
}
