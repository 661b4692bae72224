package extract

import "testing"

// TestBodiesBySlot: a one-word name the recogniser read as a person is a
// body when a relation puts it where only a body goes (played for it, it
// was bought); a given name there stays a person (guard).
func TestBodiesBySlot(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Football\n\nErik Vos played for Heerenveen and coached the side to two titles.", "Heerenveen", TypeOrg},
		{"Business\n\nDaimler said it had bought all of Austria's Lindqvist.", "Lindqvist", TypeOrg},
		{"Football\n\nErik Vos played for Willem and coached the side to two titles.", "Willem", TypePerson},
	})
}
