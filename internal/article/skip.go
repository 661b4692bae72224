package article

import (
	"path/filepath"
	"regexp"
	"strings"
)

// notArticles are the names (without extension, in upper case) of the
// files a corpus or a repository carries beside its documents: their
// descriptions, licences and provenance.
var notArticles = []string{
	"README", "READ_ME", "READ-ME", "LICENSE", "LICENCE", "COPYING", "NOTICE", "SOURCE", "SOURCES",
	"AUTHORS", "CONTRIBUTORS", "CONTRIBUTING", "CHANGELOG", "CITATION", "INSTALL", "MANIFEST",
}

// langSuffix is a language code after a name: -fr, .EN, _pt-BR.
var langSuffix = regexp.MustCompile(`^[._-][A-Z]{2}(?:[_-][A-Z]{2})?$`)

// NotArticle returns why a file found in a folder is not taken for an
// article, or "" when it may be one: its name, without extension and in
// any case, is README, LICENSE, SOURCE, COPYING, CHANGELOG... alone or
// with a language code (README-fr.txt, LICENSE.en.md, README_pt-BR.md).
// An article's slug that starts with such a word (license-fees-rise.html)
// is read. The extension plays no part: articles may be Markdown too.
func NotArticle(name string) string {
	base := strings.ToUpper(filepath.Base(name))
	stem := strings.TrimSuffix(base, filepath.Ext(base))
	for _, n := range notArticles {
		if rest, ok := strings.CutPrefix(stem, n); ok && (rest == "" || langSuffix.MatchString(rest)) {
			return "not an article: " + strings.ToLower(n) + " file (name it to read it)"
		}
	}
	return ""
}
