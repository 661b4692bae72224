package llm

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
)

// PromptVersion names the prompt and output schema below; it is part of
// the cache key, so changing either must change it.
const PromptVersion = "ng-llm-1"

// systemPrompt tells the model what to extract and how to answer.
const systemPrompt = `You extract a knowledge graph from one news text.

Answer with one JSON object and nothing else:
{"entities": [{"name": "...", "type": "..."}],
 "relations": [{"subject": "...", "predicate": "...", "object": "...", "negated": false, "modality": "", "evidence": "..."}]}

entities: every person, organisation, country or political place, location and nationality/religious/political group the text names. "name" is the fullest name the text uses ("Donald Trump", not "Trump"); "type" is one of PERSON, ORG, GPE (countries, states, cities acting politically), LOC (other places), NORP (nationalities, religious or political groups).

relations: facts the text states between two entities you listed: who did what to whom ("criticize", "meet with", "impose sanctions on", "sign deal with") and roles ("president of", "minister of", "member of", "based in", "son of").
- "subject" and "object" are names exactly as in your entities list.
- "predicate" is in base form, lower case, a verb with its particle, noun and preposition ("impose sanctions on"), or a role noun with its preposition ("president of").
- "negated" is true when the text says it did not happen.
- "modality" is "" when the text asserts it happened, else one of planned, expected, hoped, possible, conditional, reported, denied.
- "evidence" is the one sentence of the text that states the fact, copied exactly, character for character.
Only facts the text states; no world knowledge; no relation of an entity with itself.`

// outputSchema is the JSON schema of the answer, sent as response_format
// (strict: every property required, no others).
var outputSchema = json.RawMessage(`{
  "type": "object",
  "additionalProperties": false,
  "required": ["entities", "relations"],
  "properties": {
    "entities": {"type": "array", "items": {
      "type": "object", "additionalProperties": false, "required": ["name", "type"],
      "properties": {"name": {"type": "string"}, "type": {"type": "string", "enum": ["PERSON", "ORG", "GPE", "LOC", "NORP"]}}}},
    "relations": {"type": "array", "items": {
      "type": "object", "additionalProperties": false,
      "required": ["subject", "predicate", "object", "negated", "modality", "evidence"],
      "properties": {
        "subject": {"type": "string"}, "predicate": {"type": "string"}, "object": {"type": "string"},
        "negated": {"type": "boolean"},
        "modality": {"type": "string", "enum": ["", "planned", "expected", "hoped", "possible", "conditional", "reported", "denied"]},
        "evidence": {"type": "string"}}}}
  }
}`)

// messages is the request for one chunk of text.
func messages(chunk string) []message {
	return []message{{Role: "system", Content: systemPrompt}, {Role: "user", Content: "Text:\n" + chunk}}
}

// promptTokens estimates the tokens of the request around a chunk.
var promptTokens = len(systemPrompt)/4 + 16

// output is the model's answer.
type output struct {
	Entities  []outEntity   `json:"entities"`
	Relations []outRelation `json:"relations"`
}

type outEntity struct {
	Name string `json:"name"`
	Type string `json:"type"`
}

type outRelation struct {
	Subject   string `json:"subject"`
	Predicate string `json:"predicate"`
	Object    string `json:"object"`
	Negated   bool   `json:"negated"`
	Modality  string `json:"modality"`
	Evidence  string `json:"evidence"`
}

// modalities the schema allows.
var modalities = map[string]bool{"": true, "planned": true, "expected": true, "hoped": true, "possible": true,
	"conditional": true, "reported": true, "denied": true}

// parse reads the model's answer strictly: one JSON object (a reasoning
// model's leading <think>...</think> and a Markdown code fence around it
// are taken off), both lists present, no unknown field, every field of the
// type asked. The error wraps ErrUnusable and says what is wrong.
func parse(content string) (output, error) {
	s := strings.TrimSpace(content)
	if rest, ok := strings.CutPrefix(s, "<think>"); ok {
		if _, after, ok := strings.Cut(rest, "</think>"); ok {
			s = strings.TrimSpace(after)
		}
	}
	if rest, ok := strings.CutPrefix(s, "```"); ok {
		rest = strings.TrimPrefix(rest, "json")
		if i := strings.LastIndex(rest, "```"); i >= 0 {
			s = strings.TrimSpace(rest[:i])
		}
	}
	var out output
	var top map[string]json.RawMessage
	if err := json.Unmarshal([]byte(s), &top); err != nil {
		return out, fmt.Errorf("%w: not a JSON object (%v): %q", ErrUnusable, err, clip(s, 120))
	}
	for _, k := range []string{"entities", "relations"} {
		if _, ok := top[k]; !ok {
			return out, fmt.Errorf("%w: no %q list in the answer", ErrUnusable, k)
		}
	}
	dec := json.NewDecoder(bytes.NewReader([]byte(s)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&out); err != nil {
		return out, fmt.Errorf("%w: the answer does not follow the schema: %v", ErrUnusable, err)
	}
	for i, r := range out.Relations {
		if !modalities[r.Modality] {
			return out, fmt.Errorf("%w: relations[%d].modality %q is not one of the schema's", ErrUnusable, i, r.Modality)
		}
	}
	return out, nil
}
