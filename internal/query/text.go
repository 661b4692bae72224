package query

import (
	"context"
	"fmt"
	"strings"
)

// resolveText looks the filter's Text up in the text index, so that
// compile can select the matching documents.
func (s *Service) resolveText(ctx context.Context, f Filter) (Filter, error) {
	f.textDocs = nil
	if strings.TrimSpace(f.Text) == "" {
		return f, nil
	}
	return f, fmt.Errorf("full-text search is not enabled: %w", ErrBadInput)
}
