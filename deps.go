//go:build tools

package tools

import (
	_ "github.com/99designs/gqlgen/graphql/handler"
	_ "github.com/BobuSumisu/aho-corasick"
	_ "github.com/aaaton/golem/v4"
	_ "github.com/aaaton/golem/v4/dicts/en"
	_ "github.com/cayleygraph/cayley"
	_ "github.com/cayleygraph/cayley/graph/kv/bolt"
	_ "github.com/cayleygraph/cayley/graph/kv/leveldb"
	_ "github.com/cayleygraph/cayley/graph/memstore"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres"
	_ "github.com/cayleygraph/cayley/query/gizmo"
	_ "github.com/cayleygraph/cayley/server/http"
	_ "github.com/cayleygraph/quad"
	_ "github.com/jdkato/prose/v3"
	_ "github.com/vektah/gqlparser/v2"
	_ "github.com/vikstrous/dataloadgen"
	_ "github.com/lib/pq"
	_ "github.com/stretchr/testify/require"
	_ "github.com/coder/websocket"
	_ "github.com/hashicorp/golang-lru/v2"
)
