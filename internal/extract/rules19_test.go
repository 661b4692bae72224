package extract

import "testing"

// TestHeadlineFuture: a headline's "X to V Y" announces what X is to do,
// so the relation is planned, not done; an adjective of wishing or
// intent before "on" and a gerund makes the gerund a wish or a plan.
// Guard: a headline verb before "to" ("returns to beat") keeps the act
// done.
func TestHeadlineFuture(t *testing.T) {
	runModalityCases(t, []modalityCase{
		{"Maria Kovac to face Anna Berg in final\nMaria Kovac beat Lena Holm in the semi-final on Friday.", "Maria Kovac -face-> Anna Berg", "planned"},
		{"Tennis\nMaria Kovac is keen on facing Anna Berg again next year.", "Maria Kovac -face-> Anna Berg", "wanted"},
		{"Maria Kovac returns to beat Anna Berg\nMaria Kovac came back from injury on Friday.", "Maria Kovac -beat-> Anna Berg", ""},
	})
}
