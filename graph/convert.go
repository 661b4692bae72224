package graph

import (
	"encoding/base64"
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/graph/model"
	"github.com/newsgraph/newsgraph/internal/query"
)

// Conversions between internal/query results and GraphQL models, and
// argument defaults. Kept out of schema.resolvers.go, which gqlgen rewrites.

func entityModel(e query.Entity) *model.Entity {
	aliases := e.Aliases
	if aliases == nil {
		aliases = []string{}
	}
	merged := e.Merged
	if merged == nil {
		merged = []string{}
	}
	auto := e.AutoMerged
	if auto == nil {
		auto = []string{}
	}
	return &model.Entity{ID: e.ID, Name: e.Name, Type: model.EntityType(e.Type), Aliases: aliases,
		MentionCount: e.Mentions, DocumentCount: e.Documents, Degree: e.Degree, MergedIDs: merged, AutoMergedIDs: auto}
}

func eventModel(e *query.Event) *model.Event {
	if e == nil {
		return nil
	}
	return &model.Event{Code: e.Code, Label: e.Label, Goldstein: e.Goldstein, Family: query.Family(e.Code),
		FamilyName: query.FamilyName(e.Code), QuadClass: query.QuadClass(e.Code)}
}

func relationModel(r query.Relation) *model.Relation {
	return &model.Relation{ID: r.ID, SubjectID: r.Subject, Predicate: r.Predicate, ObjectID: r.Object,
		Event: eventModel(r.Event), Goldstein: r.Goldstein, Confidence: r.Confidence, Negated: r.Negated, Modal: r.Modal,
		DocumentCount: len(r.Documents), EvidenceCount: len(r.Evidence), FirstSeen: r.FirstSeen, LastSeen: r.LastSeen,
		EvidenceIDs: r.Evidence, DocumentIDs: r.Documents}
}

func evidenceModel(e query.Evidence) *model.Evidence {
	return &model.Evidence{ID: e.ID, Sentence: e.Sentence, Start: e.Start, End: e.End, Confidence: e.Confidence,
		Negated: e.Negated, Modality: optString(e.Modality), Event: eventModel(e.Event), AttributionID: e.Attribution,
		Extractor:  optString(e.Extractor),
		DocumentID: e.Document, RelationID: e.Relation}
}

func documentModel(d query.Document) *model.Document {
	return &model.Document{ID: d.ID, Title: optString(d.Title), Source: optString(d.Source), Outlet: optString(query.Outlet(d.Source)), Published: d.Published,
		EntityCount: d.Entities, RelationCount: d.Relations}
}

func subgraphModel(g query.Subgraph) *model.Subgraph {
	out := &model.Subgraph{Nodes: make([]model.GraphNode, len(g.Nodes)), Edges: make([]model.GraphEdge, len(g.Edges)), Truncated: g.Truncated}
	for i, n := range g.Nodes {
		out.Nodes[i] = model.GraphNode{ID: n.ID, Label: n.Label, Type: model.EntityType(n.Type), Degree: n.Degree}
	}
	for i, e := range g.Edges {
		out.Edges[i] = model.GraphEdge{ID: e.ID, Source: e.Source, Target: e.Target, Predicate: e.Predicate, Weight: e.Weight, Goldstein: e.Goldstein}
	}
	return out
}

func countsModel(cs []query.Count) []model.CountItem {
	out := make([]model.CountItem, len(cs))
	for i, c := range cs {
		out[i] = model.CountItem{Key: c.Key, Label: optString(c.Label), Count: c.Count}
	}
	return out
}

func optString(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func pageInfo[T any](p query.Paged[T]) *model.PageInfo {
	pi := &model.PageInfo{HasNextPage: p.HasNext, HasPreviousPage: p.HasPrevious}
	if n := len(p.Cursors); n > 0 {
		pi.StartCursor, pi.EndCursor = &p.Cursors[0], &p.Cursors[n-1]
	}
	return pi
}

// edges turns a page's items into connection edges with their cursors.
func edges[T, E any](p query.Paged[T], edge func(cursor string, item T) E) []E {
	out := make([]E, len(p.Items))
	for i, it := range p.Items {
		out[i] = edge(p.Cursors[i], it)
	}
	return out
}

func entityConnection(p query.Paged[query.Entity]) *model.EntityConnection {
	return &model.EntityConnection{PageInfo: pageInfo(p), TotalCount: p.Total,
		Edges: edges(p, func(c string, e query.Entity) model.EntityEdge {
			return model.EntityEdge{Cursor: c, Node: entityModel(e)}
		})}
}

// relationConnection is a page of relations with their nodes converted
// by relationModels, in the same order.
func relationConnection(p query.Paged[query.Relation], nodes []*model.Relation) *model.RelationConnection {
	c := &model.RelationConnection{PageInfo: pageInfo(p), TotalCount: p.Total, Edges: make([]model.RelationEdge, len(nodes))}
	for i, n := range nodes {
		c.Edges[i] = model.RelationEdge{Cursor: p.Cursors[i], Node: n}
	}
	return c
}

func documentConnection(p query.Paged[query.Document]) *model.DocumentConnection {
	return &model.DocumentConnection{PageInfo: pageInfo(p), TotalCount: p.Total,
		Edges: edges(p, func(c string, d query.Document) model.DocumentEdge {
			return model.DocumentEdge{Cursor: c, Node: documentModel(d)}
		})}
}

func documentHitConnection(p query.Paged[query.DocumentHit]) *model.DocumentConnection {
	return &model.DocumentConnection{PageInfo: pageInfo(p), TotalCount: p.Total,
		Edges: edges(p, func(c string, h query.DocumentHit) model.DocumentEdge {
			score := h.Score
			hl := h.Highlights
			if hl == nil {
				hl = []string{}
			}
			return model.DocumentEdge{Cursor: c, Node: documentModel(h.Document), Score: &score, Highlights: hl}
		})}
}

func searchConnection(p query.Paged[query.Hit]) *model.SearchConnection {
	return &model.SearchConnection{PageInfo: pageInfo(p), TotalCount: p.Total,
		Edges: edges(p, func(c string, h query.Hit) model.SearchEdge {
			return model.SearchEdge{Cursor: c, Node: entityModel(h.Entity), Match: model.MatchKind(h.Match.String()),
				Matched: h.Matched, Distance: h.Distance}
		})}
}

// page turns GraphQL paging arguments into a query.Page.
func page(first *int, after *string, def int) query.Page {
	p := query.Page{First: def}
	if first != nil {
		p.First = *first
	}
	if after != nil {
		p.After = *after
	}
	return p
}

func intOr(p *int, def int) int {
	if p == nil {
		return def
	}
	return *p
}

// pageIDs pages through a fixed list of IDs (a relation's evidence); the
// cursor of an item names its ID, so it stays valid as the list grows.
func pageIDs(ids []string, p query.Page, max int) (items, cursors []string, info *model.PageInfo, err error) {
	if p.First < 0 || p.First > max {
		return nil, nil, nil, fmt.Errorf("first %d is outside 0..%d: %w", p.First, max, query.ErrLimit)
	}
	start := 0
	if p.After != "" {
		b, err := base64.RawURLEncoding.DecodeString(p.After)
		id, ok := strings.CutPrefix(string(b), "v:")
		if err != nil || !ok {
			return nil, nil, nil, fmt.Errorf("cursor %q does not belong to this list: %w", p.After, query.ErrBadInput)
		}
		start = -1
		for i, x := range ids {
			if x == id {
				start = i + 1
				break
			}
		}
		if start < 0 {
			return nil, nil, nil, fmt.Errorf("cursor %q does not belong to this list: %w", p.After, query.ErrBadInput)
		}
	}
	end := min(start+p.First, len(ids))
	items = ids[start:end]
	for _, id := range items {
		cursors = append(cursors, base64.RawURLEncoding.EncodeToString([]byte("v:"+id)))
	}
	info = &model.PageInfo{HasNextPage: end < len(ids), HasPreviousPage: start > 0}
	if len(cursors) > 0 {
		info.StartCursor, info.EndCursor = &cursors[0], &cursors[len(cursors)-1]
	}
	return items, cursors, info, nil
}

// filterOf turns a RelationFilter into a query.Filter.
func filterOf(f *model.RelationFilter) query.Filter {
	if f == nil {
		return query.Filter{}
	}
	q := query.Filter{Predicates: f.Predicates, Cameo: f.Cameo, QuadClasses: f.QuadClasses,
		GoldsteinMin: f.GoldsteinMin, GoldsteinMax: f.GoldsteinMax, PublishedFrom: f.PublishedFrom, PublishedTo: f.PublishedTo}
	if f.Document != nil {
		q.Document = *f.Document
	}
	if f.MinConfidence != nil {
		q.MinConfidence = *f.MinConfidence
	}
	if f.IncludeNegated != nil {
		q.IncludeNegated = *f.IncludeNegated
	}
	if f.IncludeModal != nil {
		q.ExcludeModal = !*f.IncludeModal
	}
	q.ExcludePredicates, q.Sources, q.Outlets = f.ExcludePredicates, f.Sources, f.Outlets
	q.ExcludeReporting = f.Reporting != nil && !*f.Reporting
	q.Text = deref(f.Text)
	return q
}

func orderOf(o *model.RelationOrder) query.RelationOrder {
	if o == nil {
		return query.OrderID
	}
	switch *o {
	case model.RelationOrderDocuments:
		return query.OrderDocuments
	case model.RelationOrderEvidence:
		return query.OrderEvidence
	case model.RelationOrderLatest:
		return query.OrderLatest
	case model.RelationOrderEarliest:
		return query.OrderEarliest
	case model.RelationOrderConfidence:
		return query.OrderConfidence
	case model.RelationOrderConflict:
		return query.OrderConflict
	case model.RelationOrderCooperation:
		return query.OrderCooperation
	}
	return query.OrderID
}

func timelineModel(tl query.Timeline) *model.Timeline {
	return &model.Timeline{Buckets: bucketModels(tl.Buckets), DatedPairs: tl.Dated, UndatedPairs: tl.Undated,
		UndatedDocuments: tl.UndatedDocuments}
}

func directionOf(d *model.Direction) query.Direction {
	if d == nil {
		return query.Both
	}
	switch *d {
	case model.DirectionOut:
		return query.Outgoing
	case model.DirectionIn:
		return query.Incoming
	}
	return query.Both
}

func typeString(t *model.EntityType) string {
	if t == nil {
		return ""
	}
	return string(*t)
}

func intervalOf(iv *model.Interval) query.Interval {
	if iv == nil {
		return query.Month
	}
	switch *iv {
	case model.IntervalDay:
		return query.Day
	case model.IntervalWeek:
		return query.Week
	}
	return query.Month
}

func bucketModel(b query.Bucket) model.TimelineBucket {
	return model.TimelineBucket{Start: b.Start, End: b.End, Relations: b.Relations,
		VerbalCooperation: b.QuadClasses[1], MaterialCooperation: b.QuadClasses[2], VerbalConflict: b.QuadClasses[3],
		MaterialConflict: b.QuadClasses[4], NoEvent: b.QuadClasses[0], Goldstein: b.Goldstein}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func typeStrings(ts []model.EntityType) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = string(t)
	}
	return out
}

func rankOf(by *model.EntityRank) query.Rank {
	if by == nil {
		return query.ByDegree
	}
	switch *by {
	case model.EntityRankMentions:
		return query.ByMentions
	case model.EntityRankDocuments:
		return query.ByDocuments
	case model.EntityRankPagerank:
		return query.ByPageRank
	case model.EntityRankBetweenness:
		return query.ByBetweenness
	}
	return query.ByDegree
}

func rankedModels(rs []query.Ranked) []model.RankedEntity {
	out := make([]model.RankedEntity, len(rs))
	for i, r := range rs {
		out[i] = model.RankedEntity{Entity: entityModel(r.Entity), Score: r.Score, Value: r.Value}
	}
	return out
}

func bucketModels(bs []query.Bucket) []model.TimelineBucket {
	out := make([]model.TimelineBucket, len(bs))
	for i, b := range bs {
		out[i] = bucketModel(b)
	}
	return out
}

func statsModel(st query.Stats) *model.Stats {
	return &model.Stats{Documents: st.Documents, Entities: st.Entities, Relations: st.Relations, Evidence: st.Evidence,
		EntitiesByType: countsModel(st.EntitiesByType), RelationsByPredicate: countsModel(st.RelationsByPredicate),
		RelationsByFamily: countsModel(st.RelationsByFamily), RelationsByQuadClass: countsModel(st.RelationsByQuadClass)}
}
