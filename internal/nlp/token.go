package nlp

// Token is one token of a text. Start and End are byte offsets into the text
// that was tokenised; Text is text[Start:End] except where the tokeniser
// normalised it (see Norm).
type Token struct {
	Text       string
	Start, End int
	// Norm is the form the models see: curly quotes straightened, "n't"
	// for "n’t"; it equals Text for most tokens.
	Norm string
	// SpaceBefore reports whether whitespace precedes the token.
	SpaceBefore bool

	Tag  string // Penn Treebank tag (XPOS), set by the tagger
	UPOS string // Universal POS tag, set by the tagger
	Head int    // index of the head within the sentence, -1 for the root; set by the parser
	Rel  string // Universal Dependencies relation to the head, set by the parser
	Ent  string // BILOU entity tag ("B-PERSON", "O"), set by the recogniser
}

// Sentence is a span of tokens. Start and End are byte offsets into the text;
// Tokens are the sentence's tokens, Head indices count from the sentence's
// first token.
type Sentence struct {
	Start, End int
	Tokens     []Token
}
