package ingest

import (
	"context"
	"runtime"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/internal/article"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/kg"
	_ "github.com/newsgraph/newsgraph/internal/kg/backends"
)

// niceProbe records the nice value of the thread each extraction and each
// listener call ran on.
type niceProbe struct {
	x        Extractor
	mu       sync.Mutex
	extracts []int
	listened []int
}

func (n *niceProbe) record(to *[]int) {
	v, err := threadPriority()
	if err != nil {
		v = -100
	}
	n.mu.Lock()
	*to = append(*to, v)
	n.mu.Unlock()
}

func (n *niceProbe) ExtractContext(ctx context.Context, text string) (extract.Result, error) {
	n.record(&n.extracts)
	return n.x.ExtractContext(ctx, text)
}

func (n *niceProbe) DocumentAdded(context.Context, string)   { n.record(&n.listened) }
func (n *niceProbe) DocumentDeleted(context.Context, string) {}

func TestBackgroundLowersThreadPriority(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("thread priorities are set on Linux only")
	}
	base, err := threadPriority()
	if err != nil {
		t.Fatalf("threadPriority: %v", err)
	}
	if base >= BackgroundNice {
		t.Skipf("the test already runs at nice %d", base)
	}
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		opts []Option
		want int
	}{
		{"default", nil, base},
		{"background", []Option{Background()}, BackgroundNice},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			st, err := kg.Open(ctx, "memory")
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			probe := &niceProbe{x: x}
			p := New(probe, st, append(tc.opts, Workers(2), Notify(probe))...)
			if _, _, err := p.Ingest(ctx, "China imposed sanctions on North Korea.", "", "api", nil); err != nil {
				t.Fatalf("Ingest: %v", err)
			}
			sum, err := p.Run(ctx, &article.Reader{}, []string{"../../examples"}, nil)
			if err != nil || sum.Added != 2 {
				t.Fatalf("Run: %v, %+v; want 2 added", err, sum)
			}
			for _, got := range [][]int{probe.extracts, probe.listened} {
				if len(got) != 3 {
					t.Fatalf("%d calls recorded, want 3 (one Ingest, two documents run)", len(got))
				}
				for i, v := range got {
					if v != tc.want {
						t.Errorf("call %d ran at nice %d, want %d", i, v, tc.want)
					}
				}
			}
			// The lowered threads ended with their goroutines: this one,
			// wherever it runs now, is as it was.
			if v, _ := threadPriority(); v != base {
				t.Errorf("after the pipeline, the caller's thread runs at nice %d, want %d", v, base)
			}
		})
	}
}
