// Package llm extracts entities and relations with a language model behind
// an OpenAI-compatible chat-completions API (/v1/chat/completions: Ollama,
// vLLM, llama.cpp's server, hosted APIs), as an alternative to the
// built-in rules (internal/extract), and unions the two (Union).
//
// The model is asked for JSON (a JSON schema sent as response_format when
// the server takes it, parsed strictly either way) naming entities by name
// and type and relations by subject, predicate, object, negation, modality
// and a quoted evidence sentence. Nothing it says about the text is
// trusted: mentions and every evidence sentence with its offsets are
// found in the document text by the program, and a relation whose quote is
// not in the text is dropped and counted. Names go through the rules'
// canonical ids and gazetteer (extract.Extractor.Canonical), predicates
// through their lemmas and CAMEO coding (BasePredicate, Event).
//
// Cost and safety: replies are cached on disk by document, model, prompt
// version and text; 429 and 5xx are retried with backoff (Retry-After
// honoured); long documents are split by paragraphs to fit the context; a
// token budget stops a run from spending more; a document whose reply is
// unusable fails alone with an error saying why. The API key is only ever
// sent in the Authorization header, never logged or written.
//
// It imports internal/extract and internal/nlp, nothing above them.
package llm
