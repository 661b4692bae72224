package main

import "flag"

// Flags of the recogniser's training and scoring.
var (
	flagNERPrune   = flag.Float64("ner-prune", 0.5, "drop recogniser weights below this magnitude")
	flagNERAnalyze = flag.Bool("ner-analyze", false, "print a confusion analysis of the recogniser on CoNLL-2003 testa")
	flagNERMissed  = flag.String("ner-missed", "", "print the testa spans of this CoNLL type that the recogniser missed entirely")
	flagNERStages  = flag.Int("ner-stages", 2, "recogniser stages: 1, or 2 for prediction aggregation")
	flagNERFolds   = flag.Int("ner-folds", 4, "jackknife folds for the recogniser's second stage")
	flagNERCaps    = flag.Float64("ner-caps", 0.3, "probability that a training document's first sentence is written in capitals (a quarter of it for other sentences)")
	flagNERTables  = flag.Int("ner-tables", 400, "synthetic results-table documents to add to the recogniser's training data")
	flagNERReports = flag.Int("ner-reports", 300, "synthetic match-report documents (clubs named after places) to add to the recogniser's training data")
	flagNERSweep   = flag.String("ner-prune-sweep", "", "comma-separated pruning thresholds to report testa F1 and sizes for")
)
