// Package notify tells the other newsgraph processes that share one
// PostgreSQL database which documents this process added or deleted, and
// tells this process what they did, through PostgreSQL's LISTEN/NOTIFY.
//
// A Bus publishes after the local commit (it is an ingest.Listener: the
// pipeline calls it once the write is durable) and, in Run, hands each
// change made by another process to a Receiver, in practice the
// query.Service, which reads the document from the shared store, indexes
// it and publishes its relations to this process's subscribers.
//
// Delivery is PostgreSQL's: a notification reaches every session
// listening when it is committed, in commit order; one sent while a
// listener is disconnected is lost for it (Run logs the reconnection). It
// carries no graph data, only the document ID, so a receiver must be
// idempotent and read the store itself.
//
// notify imports database/sql and github.com/lib/pq only.
package notify
