package extract

import "testing"

// TestApposedPerson: a name whose given name the first names do not know
// and whose last word is a capital ("Zorvika Lisbon") is a person when an
// apposition calls its bearer one (", a Brazilian woman and retired
// teacher,"): the lone surname later is she, not the capital's country,
// and an object "her" is she; "the Sea Org" is no person though "Sea"
// is a given name. Guards: a company the apposition does not call a
// person stays a company, and "Sea Smith" is a person.
func TestApposedPerson(t *testing.T) {
	const story = "Zorvika Lisbon, a Brazilian woman and retired teacher, says the Church of Scientology held her for ten years. Lisbon was born in Peru. She joined the Sea Org aged 15."
	runTypeCases(t, []typeCase{
		{text: "Claims\n" + story, name: "Zorvika Lisbon", typ: "PERSON"},
		{text: "Claims\n" + story, name: "Sea Org", typ: "ORG"},
		{text: "Claims\nZorvika Lisbon, a Brazilian supermarket chain, says it will open ten stores.", name: "Zorvika Lisbon", typ: "ORG"},
		{text: "Claims\nShe met Sea Smith in 1990.", name: "Sea Smith", typ: "PERSON"},
	})
	runRuleCases(t, []ruleCase{
		{name: "surname and object pronoun", text: "Claims\n" + story,
			want:    []string{"Church of Scientology -hold-> Zorvika Lisbon", "Zorvika Lisbon -born in-> Peru", "Zorvika Lisbon -join-> Sea Org"},
			wantNot: []string{"Zorvika Lisbon -join-> Portugal"}},
	})
}
