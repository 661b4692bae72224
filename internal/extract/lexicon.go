package extract

// Word lists the rules rely on. They are general English news vocabulary,
// never names from particular articles.

// titleHeads are words that end a title before a person's name or an
// apposition ("Vice Premier", "Secretary of State", "senior fellow").
var titleHeads = set("lawmaker", "legislator", "left-back", "right-back", "centre-back", "center-back", "centre-half", "wing-back", "half-back",
	"playmaker", "vj", "newsreader", "employee", "blogger", "linguist", "dissident", "coordinator", "co-ordinator", "administrator", "registrar", "ombudsman", "comptroller", "anchorman", "anchorwoman", "newsman", "newscaster", "commentator", "pundit", "president", "vice-president", "minister", "secretary", "premier", "taoiseach", "tanaiste", "chancellor", "leader", "dictator",
	"autocrat", "ruler", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman",
	"chair", "chief", "director", "editor", "editor-in-chief", "governor", "mayor", "senator", "king", "queen", "prince",
	"princess", "general", "commander", "head", "fellow", "professor", "analyst", "councilor", "councillor", "diplomat",
	"official", "ceo", "founder", "co-founder", "owner", "manager", "coach", "captain", "boss", "economist", "judge", "magistrate",
	"lawyer", "mp", "mep", "congressman", "congresswoman", "representative", "correspondent", "reporter", "producer",
	"executive", "adviser", "advisor", "counsel", "strategist", "emperor", "sultan", "emir", "sheikh", "ayatollah", "pope",
	"bishop", "archbishop", "cardinal", "lord", "chairperson", "treasurer", "deputy", "member", "researcher",
	"scientist", "curator", "partner", "ally", "rival", "neighbour", "neighbor", "director-general", "secretary-general",
	"commissioner", "attorney", "prosecutor", "inspector", "superintendent", "officer", "colonel", "lieutenant", "constable", "sheriff",
	"sergeant", "major", "admiral", "marshal", "actor", "actress", "singer", "star", "striker", "midfielder", "defender",
	"goalkeeper", "player", "referee", "umpire", "champion", "president-elect", "nominee", "candidate", "lecturer", "historian", "author",
	"columnist", "contributor", "founder", "investor", "shareholder", "chieftain", "warlord", "commissar", "premier", "whip",
	"speaker", "auditor", "regulator", "watchdog", "vice-chairman", "vice-premier", "agent", "publicist", "biographer", "bodyguard",
	"designer", "director-general", "chief-executive", "president-elect", "head-coach", "manager", "boss", "rapper",
	"presenter", "host", "comedian", "comic", "writer", "novelist", "poet", "musician", "guitarist", "drummer", "model", "artist",
	"photographer", "campaigner", "activist", "chairwoman", "owner", "heir", "wife", "husband", "girlfriend", "boyfriend", "lover", "counterpart", "fly-half",
	"scrum-half", "full-back", "winger", "flanker", "hooker", "prop", "centre", "wing", "lock", "batsman", "bowler", "wicketkeeper", "spinner",
	"paceman", "seamer", "leg-spinner", "off-spinner", "rapporteur",
	"keeper", "forward", "skipper", "all-rounder", "opener", "sprinter", "hurdler", "runner", "jockey", "trainer",
	"cyclist", "golfer", "boxer", "swimmer", "athlete", "quarterback", "pitcher", "stand-off", "songwriter",
	"composer", "playwright", "screenwriter", "filmmaker", "film-maker", "broadcaster", "journalist", "editor-at-large",
	"chef", "designer", "architect", "hopeful", "hopefuls", "organiser", "organizer", "dj", "conductor", "pianist", "violinist", "dancer", "choreographer", "entrepreneur", "tycoon", "magnate", "billionaire", "businessman", "businesswoman",
	"expert", "specialist", "consultant", "engineer", "bassist", "vocalist", "frontman", "frontwoman", "keyboardist",
	"saxophonist", "cellist", "interpreter", "musicologist", "msp", "mla", "negotiator", "aide", "banker", "lobbyist", "accountant", "actuary", "peer", "supermodel", "superstar", "megastar", "co-star",
	"solicitor", "barrister", "farmer", "teacher", "nurse", "publisher", "trader", "supervisor",
	"commentator", "pundit", "physicist", "economist", "surgeon", "physician", "spokesperson", "director-general",
	"frontbencher", "backbencher", "co-chairman", "co-chair", "co-leader", "co-head", "co-president", "co-director", "co-owner", "chairman-elect", "jumper", "thrower",
	"vaulter", "decathlete", "heptathlete", "marathoner", "rower", "sailor", "skier", "skater", "driver", "rider",
	"wrestler", "weightlifter", "fencer", "gymnast", "cricketer", "footballer", "batter", "shooter", "archer", "seed",
	"ex-president", "ex-chairman", "ex-chief", "ex-boss", "ex-manager", "ex-minister", "ex-coach", "ex-leader",
	"ex-director", "ex-captain", "ex-head", "ex-governor", "ex-premier", "ex-editor")

// titleNotVerb are titles and company nouns the tagger may take for verbs
// ("Wales coach Mike Ruddock", "US giant Acme Parcel"); between two names
// they are nouns.
var titleNotVerb = set("coach", "captain", "manager", "skipper", "boss", "chief", "chair", "spokesman", "spokeswoman",
	"star", "striker", "winger", "keeper", "forward", "director", "minister", "secretary", "leader", "envoy", "official", "seed",
	"giant", "group", "firm")

// titleMods may precede a title head inside a title ("acting assistant
// secretary", "former Chinese communist leader", "managing director").
var titleMods = union(portfolioMods, set("vice", "deputy", "acting", "interim", "assistant", "former", "late", "senior", "chief", "foreign", "prime",
	"tight-head", "loose-head", "tighthead", "loosehead", "blind-side", "open-side", "blindside", "openside",
	"left-arm", "right-arm", "left-footed", "right-footed", "opening", "fast", "seam", "special",
	"state", "managing", "executive", "general", "defence", "defense", "home", "finance", "trade", "commerce", "interior",
	"justice", "health", "education", "environment", "energy", "culture", "sports", "supreme", "communist", "current",
	"then", "new", "first", "second", "top", "main", "principal", "junior", "shadow", "permanent", "associate", "interim",
	"lead", "opposition", "party", "union",
	"team", "club", "technical", "financial", "operating", "creative", "artistic", "political", "military", "economic",
	"national", "regional", "international", "world", "european", "foreign-policy", "elder", "former", "exiled", "ousted",
	"trading", "business", "joint", "news", "editorial", "research", "visiting", "founding", "honorary", "young",
	"veteran", "outgoing", "incoming", "long-time", "longtime", "retired", "ex", "ex-", "minority", "majority", "house",
	"commercial", "marketing", "information", "investment", "legal", "digital", "strategy", "sales", "risk", "compliance",
	"senate", "parliamentary", "policy", "communications", "press", "media", "security", "intelligence", "agriculture", "transport",
	"treasury", "culture", "ranking", "affairs", "home affairs", "sporting", "football", "rugby", "cricket", "music", "cabinet", "armed", "forces", "army", "naval", "air", "crown", "grand", "great",
	"prospective", "sitting", "backbench", "development", "overseas", "rural", "constitutional", "wing", "squadron", "flight",
	"country", "area"))

// portfolioMods name a minister's portfolio before the title ("Information
// Minister", "Economy minister"); after "of" they are what a post is about
// ("head of information security at X"), not part of the title.
var portfolioMods = set("information", "tourism", "housing", "mines", "water", "fisheries", "petroleum", "oil", "industry",
	"planning", "infrastructure", "immigration", "welfare", "employment", "youth", "technology", "science", "economy",
	"budget", "revenue", "telecommunications", "aviation", "lands", "reconstruction", "heritage", "sport",
	"pensions", "equality", "equalities", "protection", "citizen")

// honorifics precede a name and are not part of it.
var honorifics = set("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "sir", "dame",
	"lord", "lady", "president", "senator", "sen.", "rep.", "gov.", "gen.", "col.", "capt.", "lt.", "sgt.", "rev.", "rev", "reverend",
	"st.", "king", "queen", "prince", "princess", "judge", "justice", "chancellor", "premier", "taoiseach", "tanaiste", "minister", "secretary",
	"general", "ambassador", "governor", "mayor", "pope", "ayatollah", "sheikh", "chairman", "director", "coach",
	"councilor", "councillor", "commissioner", "inspector", "baroness", "baron", "archbishop", "bishop", "cardinal",
	"father", "brother", "sister", "professor", "officer", "detective", "colonel", "captain", "commander", "admiral",
	"cpl.", "pte.", "pvt.", "maj.", "corporal", "sergeant", "lieutenant")

// tradeTails close both a body's name and a company's generic tail: a
// trade ("Verhoef Packaging", "Dongying Huaxing Petrochemical", "Al-Rimal
// Contracting").
var tradeTails = set("packaging", "petrochemical", "petrochemicals", "dockyards", "shipbuilding", "fertilisers", "fertilizers",
	"biotech", "biologics", "therapeutics", "robotics", "contracting", "contractors", "trading", "textiles", "beverages",
	"minerals", "metals", "consulting", "consultants", "solutions")

// orgHeads make a proper-noun chunk an organisation ("Commerce Ministry").
var orgHeads = union(set("plastics", "mining", "enterprises", "resources", "brands", "networks",
	"cosmetics", "shipping", "logistics", "aerospace", "semiconductor", "semiconductors", "computers", "computer", "instruments",
	"ministry", "department", "bank", "group", "party", "council", "committee", "agency", "university",
	"institute", "institution", "center", "centre", "centers", "centres", "institutes", "association", "union", "corporation", "corp", "corp.", "inc", "inc.",
	"ltd", "ltd.", "plc", "company", "co", "co.", "times", "news", "post", "herald", "journal", "telegraph", "tribune",
	"gazette", "chronicle", "commission", "court", "parliament", "senate", "congress", "assembly", "army", "navy",
	"force", "forces", "office", "authority", "service", "services", "fund", "foundation", "organisation",
	"organization", "club", "fc", "airways", "airlines", "motors", "federation", "confederation", "league", "board", "trust", "society",
	"school", "college", "network", "studios", "records", "pictures", "academy", "administration", "bureau", "cabinet",
	"coalition", "alliance", "front", "movement", "campaign", "brigade", "brigades", "police", "guard", "command", "holdings",
	"industries", "systems", "technologies", "entertainment", "media", "broadcasting", "channel", "radio", "tv",
	"television", "press", "magazine", "review", "exchange", "securities", "capital", "partners", "investments",
	"energy", "oil", "petroleum", "properties", "electronics", "pharmaceuticals", "chemicals", "motor", "steel", "telecom", "united", "rovers", "athletic", "wanderers", "albion", "hotspur", "communications", "airline", "hospital", "trust", "regime", "government",
	"commission", "tribunal", "executive", "watch", "institute", "observatory", "programme", "program", "project",
	"initiative", "forum", "conference", "regiment", "battalion", "corps", "militia", "squadron", "fleet",
	"breweries", "brewing", "distillers", "assurance", "bancorp", "automotive", "utilities", "wireless", "railway", "casinos", "newspapers", "dairies", "maritime", "homes", "estates", "developments", "collective",
	"orchestra", "band", "ballet", "theatre", "theater", "museum", "gallery", "library", "stores", "supermarkets", "bros", "bros.",
	"brothers", "labs", "laboratory", "laboratories", "pharmaceutical", "infirmary", "clinic", "surgery", "pharmaceuticals", "electronics", "software", "airport", "railways", "rail",
	"mail", "express", "standard", "independent", "observer", "mirror", "sun", "guardian", "economist", "insider",
	"division", "unit", "directorate", "limited", "sharks", "awards", "villa", "rovers", "inc", "llc", "gmbh", "ag", "sa", "nv", "plc", "bv", "promoters", "associates",
	"economics", "research", "ventures", "motors", "pharma", "foods",
	"brewery", "brewers", "stores", "retail", "airways", "cinemas", "productions", "publishing", "publishers",
	"supplies", "products", "insurance", "construction", "engineering", "manufacturing", "hotels", "resorts",
	"restaurants", "builders", "consortium", "cooperative", "co-operative", "syndicate", "exploration"), tradeTails)

// eventNouns end a nominal event ("sanctions on X", "talks with X").
// Value: the verb lemma the noun stands for.
var eventNouns = map[string]string{"sanctions": "sanction", "sanction": "sanction", "talks": "talk", "visit": "visit",
	"trip": "visit", "pressure": "pressure", "attack": "attack", "attacks": "attack", "criticism": "criticize",
	"meeting": "meet", "meetings": "meet", "negotiations": "negotiate", "embargo": "sanction", "war": "war",
	"threat": "threaten", "threats": "threaten", "support": "support", "aid": "aid", "invasion": "invade",
	"assassination": "assassinate", "killing": "kill", "murder": "murder", "execution": "execute", "arrest": "arrest",
	"kidnapping": "kidnap", "abduction": "abduct", "capture": "capture",
	"takeover": "take over", "acquisition": "acquire", "merger": "merge", "bid": "bid", "deal": "deal", "partnership": "partner",
	"ban": "ban", "protest": "protest", "protests": "protest", "lawsuit": "sue", "case": "sue", "relations": "relation",
	"ties": "tie", "clashes": "clash", "dispute": "dispute", "disputes": "dispute",
	"feud": "dispute", "spat": "dispute", "tension": "dispute", "tensions": "dispute", "standoff": "dispute", "stand-off": "dispute", "conflict": "conflict", "summit": "meet", "agreement": "agree",
	"treaty": "agree", "treaties": "agree", "agreements": "agree", "pact": "agree", "accord": "agree", "accords": "agree",
	"memorandum": "agree", "memoranda": "agree", "ceasefire": "agree", "truce": "agree", "alliance": "ally", "airstrike": "strike", "airstrikes": "strike", "strike": "strike", "strikes": "strike", "raid": "raid",
	"raids": "raid", "assault": "assault", "bombing": "bomb", "bombings": "bomb", "offensive": "attack", "incursion": "invade",
	"slaying": "kill", "slayings": "kill", "murders": "murder", "killings": "kill", "shooting": "shoot",
	"fighting": "fight", "hostilities": "fight", "annexation": "annex",
	"investigation": "investigate", "inquiry": "investigate", "probe": "investigate", "review": "review"}

// eventNounPreps are the prepositions that mark the target of an event noun.
var eventNounPreps = set("on", "against", "with", "to", "for", "of", "by", "into")

// modalVerbs turn the verb after "to" into the predicate and mark the
// relation as not asserted ("is expected to attack").
var modalVerbs = map[string]string{"expect": "expected", "schedule": "planned", "plan": "planned", "hope": "hoped",
	"want": "wanted", "intend": "planned", "set": "planned", "due": "planned", "likely": "possible", "try": "attempted",
	"seek": "attempted", "attempt": "attempted", "aim": "planned", "prepare": "planned", "wish": "wanted",
	"need": "needed", "able": "possible", "going": "planned", "ready": "planned", "poised": "planned",
	"propose": "proposed", "offer": "offered", "consider": "possible", "threaten": "threatened", "vow": "promised",
	"pledge": "promised", "promise": "promised", "agree": "agreed", "decide": "planned", "refuse": "refused", "decline": "refused",
	"urge": "urged", "ask": "requested", "call": "requested", "plead": "requested", "appeal": "requested", "expected": "expected", "tip": "expected",
	"tipped": "expected", "poise": "planned", "look": "wanted"}

// modalAux are auxiliaries that make a statement non-factual.
var modalAux = map[string]string{"will": "future", "would": "possible", "could": "possible", "may": "possible",
	"might": "possible", "should": "possible", "must": "obligation", "shall": "future", "can": "possible",
	"'ll": "future", "wo": "future", "ca": "possible", "'d": "possible"}

// sayVerbs introduce reported speech (attribution).
var sayVerbs = set("say", "tell", "state", "claim", "add", "announce", "insist", "argue", "warn", "note", "reveal",
	"report", "write", "explain", "suggest", "believe", "think", "confirm", "deny", "allege", "emphasize", "emphasise",
	"stress", "acknowledge", "admit", "declare", "predict", "estimate", "indicate", "comment", "reply", "maintain",
	"feel", "contend")

// kinNouns: family relations and partners ("his son, Kim Jong-un", "his
// girlfriend, X").
var kinNouns = set("son", "daughter", "father", "mother", "wife", "husband", "brother", "sister", "uncle", "aunt",
	"nephew", "niece", "cousin", "grandson", "granddaughter", "grandfather", "grandmother", "widow",
	"fiancee", "fiance", "stepson", "stepdaughter", "half-brother", "half-sister", "ex-wife", "ex-husband", "stepfather",
	"stepmother", "sister-in-law", "brother-in-law", "son-in-law", "daughter-in-law", "father-in-law", "mother-in-law",
	"girlfriend", "boyfriend", "lover")

// envoyNouns "from" a country speak for it ("met officials from China").
var envoyNouns = set("officials", "leaders", "diplomats", "negotiators", "mediators", "mediator", "ministers", "envoys", "delegates", "delegation", "envoy", "official", "delegate",
	"delegations", "representatives")

// groupNouns stand for the possessor when they head a possessive phrase
// ("China's leaders agreed" = China).
var groupNouns = set("government", "leaders", "leadership", "officials", "authorities", "regime", "administration", "regulator",
	"military", "army", "forces", "troops", "navy", "diplomats", "negotiators", "mediators", "mediator", "ministers", "police", "state",
	"warplanes", "jets", "aircraft", "planes", "soldiers", "tanks", "artillery", "warships", "drones", "fighters",
	"plane", "jet", "warplane", "helicopter", "helicopters", "warship", "submarine", "drone", "frigate",
	"militants", "targets", "positions", "bases", "strongholds", "installations", "officers", "agents", "envoys",
	"delegation", "spokesman", "spokeswoman", "representatives", "lawmakers", "legislators", "parliamentarians",
	"prosecutors", "regulators", "investigators", "negotiating", "side", "team", "squad", "coalition", "cabinet",
	"ministry", "embassy", "consulate", "mission", "parliament", "diplomacy", "facilities", "sites", "plants",
	"reactors", "interests", "assets", "vessels", "ships", "tankers", "tanker", "vessel", "ship", "exports", "imports", "nationals", "citizens",
	"territory", "airspace", "waters", "members", "commanders", "operatives", "insurgents", "rebels", "guerrillas", "militiamen", "jihadists", "airstrike", "airstrikes",
	"strike", "strikes", "raid", "raids", "offensive", "bombing", "bombardment", "shelling", "personnel", "guards",
	"junta", "council", "generals", "rulers", "force")

// relationNouns head an apposition that links two parties ("Iran, a
// longtime backer of Hamas").
var relationNouns = set("backer", "ally", "supporter", "sponsor", "rival", "enemy", "foe", "neighbour", "neighbor",
	"partner", "member", "client", "subsidiary", "unit", "owner", "creditor", "critic", "opponent", "arm", "affiliate",
	"parent", "competitor", "customer", "supplier", "shareholder", "investor", "funder", "patron", "proxy", "adversary")

// copulaPreps link a role to its organisation ("a senior fellow with X").
var rolePreps = set("of", "at", "with", "for", "to", "in")

// beVerbs are forms of "to be".
var beVerbs = set("be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m")

// finiteBe are the finite forms of "be".
var finiteBe = set("is", "are", "was", "were", "am", "'s", "'re", "'m")

// negators negate a verb group.
var negators = set("not", "n't", "never", "no", "neither", "nor", "cannot")

// genreWords are kinds of music written like names ("R&B star Usher").
var genreWords = set("r&b", "rnb")

// failVerbs before "to" and a verb deny it: "failed to inform X".
var failVerbs = set("fail", "forget", "neglect")

// personPronouns may be resolved to the nearest person.
var personPronouns = map[string]bool{"he": true, "she": true, "him": true, "her": true}

// possPronouns may be resolved to the nearest person.
var possPronouns = map[string]bool{"his": true, "her": true}

// boilerplate marks lines that are page furniture, not prose.
var boilerplate = []string{"link copied", "copyright", "all rights reserved", "click here", "sign up", "subscribe",
	"related topics", "share this", "follow us", "read more", "advertisement", "getty images", "photo:", "image:",
	"published :", "published:", "updated :", "updated:", "twitter:", "facebook:", "email:", "e-mail:", "@"}

// monthWords are month names and their news abbreviations.
var monthWords = set("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")

// nameCompass are compass words (and "central") that open a name before another
// capitalised word ("West Midlands Police", "Northern Rock").
var nameCompass = set("north", "south", "east", "west", "northern", "southern", "eastern", "western", "central")

// nonNames are capitalised words that start sentences or headlines and are
// never names on their own, and the months.
var nonNames = union(monthWords, genreWords, set("substitute", "replacement", "ngo", "ngos", "tsunami", "earthquake", "quake", "typhoon", "cyclone", "the", "a", "an", "this", "that", "these", "those", "however", "but", "and", "or", "if", "in", "on",
	"at", "by", "for", "from", "with", "as", "it", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our",
	"my", "your", "its", "there", "here", "when", "while", "after", "before", "since", "last", "next", "this", "monday",
	"tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mr", "mrs", "ms", "dr", "according", "speaking", "even", "most", "many",
	"some", "all", "one", "two", "three", "yes", "no", "so", "then", "now", "also", "meanwhile", "still", "yet", "why",
	"what", "who", "where", "how", "which", "today", "yesterday", "tomorrow", "look", "save", "critics", "difference",
	"between", "related", "topics", "published", "sir", "lord", "lady", "prof", "professor", "christmas", "easter",
	"internet", "web", "god", "bachelor", "master", "phd", "ba", "ma", "bsc", "msc", "mba", "english", "tv", "pc", "ok",
	"am", "pm", "gmt", "bst", "utc", "ceo", "mp", "mps", "msp", "msps", "mla", "mlas", "uk-based", "us-based", "chief", "new", "old", "north", "south",
	"east", "west", "western", "eastern", "northern", "southern", "central", "several", "both", "each", "every", "such",
	"although", "though", "because", "whether", "once", "only", "just", "instead", "despite", "during", "until", "unless",
	"over", "under", "about", "against", "among", "into", "through", "without", "within", "officials", "earlier", "later",
	"war", "did", "does", "do", "is", "are", "was", "were", "has", "have", "had", "shall", "should", "would", "could",
	"can", "must", "might", "let", "please", "thanks", "thank", "yes", "hello", "dear", "i've", "i'm", "i'd", "i'll",
	"we've", "we're", "we'll", "you're", "you've", "they're", "it's", "that's", "there's", "he's", "she's",
	"islamist", "islamists", "jihadist", "jihadists"))

// degreeWords start academic degree names, which are not organisations.
var degreeWords = set("bachelor", "master", "doctor", "bachelor's", "master's", "doctorate", "diploma", "degree")

// union returns a new set holding the words of all the sets.
func union(sets ...map[string]bool) map[string]bool {
	m := map[string]bool{}
	for _, s := range sets {
		for w := range s {
			m[w] = true
		}
	}
	return m
}

// without returns a copy of set s without the words ws.
func without(s map[string]bool, ws ...string) map[string]bool {
	out := union(s)
	for _, w := range ws {
		delete(out, w)
	}
	return out
}

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// eventNounLemmas are nouns that name an action between two parties.
var eventNounLemmas = set("doubt", "conversation", "discussion", "exchange", "proposal", "plan", "request", "invitation", "appeal", "demand", "ultimatum", "overture",
	"initiative", "resolution", "complaint", "interest", "holding", "sanction", "talk", "action", "pressure", "hand", "support", "aid", "help", "deal",
	"agreement", "contract", "war", "attack", "ban", "embargo", "tie", "relation", "cooperation", "contact", "dialogue",
	"negotiation", "meeting", "visit", "trip", "threat", "warning", "criticism", "praise", "complaint", "lawsuit", "bid",
	"offer", "stake", "share", "control", "power", "authority", "financing", "funding", "loan", "weapon", "technology",
	"troop", "force", "message", "letter", "call", "pushback", "backing", "condolence", "congratulation", "apology",
	"tariff", "restriction", "measure", "step", "charge", "fine", "chairmanship", "presidency", "leadership", "command",
	"helm", "captaincy", "ownership", "donation", "gift", "grant", "payment", "investment", "contribution", "pledge",
	"tribute", "concession", "commitment", "promise", "bet", "order", "warrant", "truce", "ceasefire", "cease-fire", "accord",
	"settlement", "answer", "explanation", "clarification", "assurance", "guarantee")

// givenNouns name what is given, and its recipient only after "to" ("cut
// gas supplies to Ukraine", "granted asylum to X"; not "release supplies
// from the reserve").
var givenNouns = set("supply", "shipment", "delivery", "asylum", "sale", "export", "interview")

// roleNouns are posts: taking over a chairmanship is no seizure (CAMEO 171).
var roleNouns = set("chairmanship", "presidency", "leadership", "command", "helm", "captaincy", "ownership", "post",
	"job", "role", "reins")

// chainVerbs pass their subject on to a participle after their object:
// "China backed resolutions sanctioning Pyongyang".
var chainVerbs = set("back", "support", "endorse", "approve", "adopt", "pass", "vote", "impose", "propose", "draft",
	"sponsor", "introduce", "sign", "announce", "order", "enforce", "implement", "issue", "release", "publish")

// objectSayVerbs are speech verbs whose object is the addressee or target
// ("told reporters", "warned Iran"); other speech verbs take clauses.
var objectSayVerbs = set("tell", "warn", "deny", "accuse", "urge", "ask", "brief", "inform", "remind", "assure",
	"thank", "praise", "criticize", "criticise", "blame", "report")

// orgCues before a capitalised run make it an organisation: "US firm
// Open Source Development Labs", "organisers MCD Promoters".
var orgCues = set("firm", "company", "group", "telco", "lab", "laboratory", "organisers", "organizers", "organisation", "organization", "charity",
	"winemaker", "chipmaker", "steelmaker", "toymaker", "drugmaker", "automaker", "planemaker", "brewer", "distiller", "refiner",
	"bank", "retailer", "carmaker", "manufacturer", "website", "newspaper", "magazine", "broadcaster", "airline",
	"club", "band", "label", "studio", "giant", "maker", "operator", "provider", "network", "agency", "body",
	"watchdog", "regulator", "union", "party", "insurer", "lender", "chain", "brand", "publisher", "developer",
	"consultancy", "consultants", "firms", "companies", "supermarket", "outfit", "rival", "subsidiary", "unit",
	"owner", "distributor", "supplier", "exporter", "importer", "promoter", "promoters", "store", "station", "channel", "paper", "daily", "tabloid",
	"think-tank", "thinktank", "startup", "start-up", "institute", "university", "school", "team", "side", "campaigners", "group's",
	"outfit", "orchestra", "choir", "outlet", "platform", "portal", "militia", "movement", "faction", "journal", "weekly", "monthly",
	"conglomerate", "multinational", "blog", "collective")

// newspaperWords are newspaper titles after a capitalised "The" ("The Sun").
var newspaperWords = set("sun", "times", "guardian", "independent", "observer", "mirror", "telegraph", "herald",
	"economist", "post", "express", "mail", "standard", "journal", "tribune", "chronicle", "gazette", "scotsman", "star")

// clubSuffixes end the names of clubs ("Leicester City", "Ross County").
// eventHeads end the names of events, not organisations: "the World Cup",
// "the Athens Games", "the Brit Awards", "the G8 summit". The mention rules
// keep most such names out of the graph rather than type them as an
// organisation or read them as a person; one that reaches the output as
// an entity is typed EVENT there (eventsRetyped).
var eventHeads = set("cup", "games", "olympics", "championship", "championships", "festival", "awards", "prize",
	"summit", "tournament", "marathon", "olympiad", "expo", "trophy", "prix", "open", "masters", "series", "bowl",
	"classic", "derby")

var clubSuffixes = set("city", "town", "county", "rangers", "thistle", "argyle", "orient", "academical", "academicals")

// locVerbs put a place after "in" ("grew up in X", "was born in X").
var locVerbs = set("born", "grew", "grown", "raised", "based", "lives", "lived", "living", "died", "buried", "settled",
	"moved", "educated", "stationed", "headquartered")

// placePreps put a place after them ("in Leicester" is the city, not the club).
var placePreps = set("in", "near", "outside", "around")

// implyVerbs: a negated one denies the clause after it ("did not mean that").
var implyVerbs = set("mean", "imply", "signal", "indicate", "prove", "show", "suggest")

// concessives open a clause that concedes: no object runs past them.
var concessives = set("although", "though", "whereas", "unless")

// subordinators open a clause whose subject is to their right.
var subordinators = set("while", "when", "because", "although", "though", "whereas", "if", "unless", "since", "as",
	"after", "before", "until", "whether")

// govHonorific are honorifics that are also offices ("Prime Minister").
var govHonorific = set("president", "premier", "taoiseach", "tanaiste", "minister", "secretary", "chancellor", "governor", "mayor",
	"ambassador", "senator", "chairman", "director", "general", "commissioner", "judge")

// copulaVerbs link a subject to a description, not to another party.
var copulaVerbs = set("become", "remain", "seem", "appear", "stay", "look", "sound", "prove")

// companyNouns after a name mark a company: "Yukos's shares", "Vodafone boss".
var companyNouns = set("shares", "share", "profits", "profit", "chief", "boss", "spokesman", "spokeswoman", "chairman",
	"board", "sales", "results", "stake", "takeover", "offer", "bid", "customers", "subscribers", "executives",
	"website", "products", "shareholders", "revenues", "revenue", "earnings", "staff", "employees", "employee", "workers",
	"founder", "executive", "subsidiary", "headquarters", "stores", "brand", "deal", "merger", "acquisition")

// acquireWords name buying and selling companies.
var acquireWords = set("buy", "buys", "bought", "buying", "acquire", "acquires", "acquired", "acquiring", "purchase",
	"purchased", "takeover", "acquisition", "bid", "merge", "merged", "merger", "take", "took", "taken", "sell",
	"sold", "sells", "selling", "rival", "rivals", "stake", "own", "owns", "owned", "owning")

// orgLinkNouns link two organisations ("the Toyota subsidiary Lexus").
var orgLinkNouns = set("subsidiary", "unit", "division", "arm", "affiliate", "brand", "label", "parent", "owner",
	"partner", "rival", "competitor", "spin-off", "offshoot", "sister")

// playerRoles are the roles a band or a side gives: even a word opening its
// sentence is the team before one ("Queen bassist John Deacon").
var playerRoles = set("frontman", "frontwoman", "guitarist", "bassist", "drummer", "vocalist", "keyboardist",
	"striker", "midfielder", "defender", "goalkeeper", "winger", "skipper", "captain", "full-back", "fly-half",
	"scrum-half", "flanker", "left-back", "right-back", "centre-back", "center-back", "centre-half", "wing-back",
	"forward", "playmaker", "keeper", "prop", "hooker", "batsman", "bowler", "wicketkeeper", "wicket-keeper", "spinner",
	"paceman", "all-rounder", "fullback", "seamer", "leg-spinner", "off-spinner")

// teamRoles are roles a team, band or company gives: the name before one is
// its holder's organisation ("Villa boss", "Blur guitarist").
var teamRoles = union(playerRoles, set("boss", "chairman", "chairwoman", "keeper", "hooker", "lock", "centre",
	"spokesman", "spokeswoman", "chief"))

// corporateTitles after a lone name mark it as a company ("Wembley chairman").
var corporateTitles = set("chairman", "chairwoman", "chief", "boss", "spokesman", "spokeswoman", "spokesperson",
	"founder", "president", "executive", "director", "owner", "shareholders", "analyst", "economist", "manager", "coach",
	"captain", "skipper", "striker", "midfielder", "defender", "goalkeeper", "keeper", "winger", "singer", "guitarist",
	"bassist", "drummer", "frontman", "vocalist", "attorney", "lawyer", "anchorman", "anchorwoman", "correspondent",
	"reporter", "editor", "official", "engineer")

// possessionNouns are things owned: "Alfa-Eco's stake" is not Alfa-Eco.
var possessionNouns = set("stake", "share", "shares", "holding", "holdings", "interest", "unit", "assets", "business",
	"division", "subsidiary", "operations", "plant", "factory", "office", "offices", "headquarters", "brand", "product",
	"products", "debt", "debts", "accounts", "account", "money", "property", "home", "house", "car", "team", "website")

// actionNouns after a possessive stand for what the possessor does:
// "welcomed China's move", "criticised Trump's decision".
var actionNouns = set("test", "tests", "launch", "launches", "annexation", "occupation", "blockade", "programme", "program",
	"move", "moves", "decision", "decisions", "speech", "remarks", "comments", "comment", "proposal",
	"proposals", "plan", "plans", "policy", "policies", "efforts", "effort", "actions", "action", "refusal", "role",
	"offer", "stance", "position", "request", "demand", "demands", "call", "calls", "approach", "support", "help",
	"intervention", "response", "statement", "announcement", "leadership", "attack", "attacks", "threat", "threats",
	"behaviour", "behavior", "conduct", "handling", "record", "bid", "claims", "claim", "warning", "criticism", "drills",
	"exercises", "sanctions", "strikes", "airstrikes", "missiles", "troops", "forces", "campaign", "crackdown",
	"invasion", "incursion", "offensive",
	"pledge", "pledges", "promise", "promises", "manifesto", "reforms", "tactics", "strategy", "powers", "observation",
	"observations", "assertion", "assertions", "argument", "arguments", "assessment", "suggestion", "suggestions",
	"conclusion", "conclusions", "interpretation", "allegation", "allegations", "accusation", "accusations")

// judgedNouns after a possessive stand for the possessor only when judged
// ("attacked Theresa May's deal", "dismissed Gordon Brown's Budget"; not
// "he knows Rafa's views", "an offer which dwarfs Bath's deal").
var judgedNouns = set("deal", "deals", "budget", "bill", "agenda", "idea", "ideas", "views", "vision", "reform",
	"initiative", "legislation", "tenure", "u-turn", "performance", "ruling", "rulings", "verdict", "findings", "report", "treatment")

// opinionVerbs judge what someone did or proposed: "attacked Tory plans"
// attacks the Tories.
var opinionVerbs = set("criticize", "criticise", "attack", "condemn", "welcome", "praise", "back", "support", "reject",
	"oppose", "slam", "denounce", "dismiss", "question", "challenge", "defend", "applaud", "hail", "endorse", "ridicule", "mock",
	"commend", "salute", "laud")

// meritNouns after a possessive name what an opinion judges in its
// owner: "praised Maathai's courage" praises Maathai.
var meritNouns = set("courage", "bravery", "work", "achievement", "achievements", "contribution", "contributions",
	"commitment", "dedication", "honesty", "integrity", "performance", "success", "vision", "determination", "character",
	"judgment", "judgement", "competence", "credibility", "conduct", "words", "views", "legacy")

// nonArgPreps introduce circumstances, never the other party.
var nonArgPreps = set("despite", "than", "like", "unlike", "during", "after", "before", "since", "until", "amid",
	"beyond", "via", "per", "including", "except", "as", "because", "while", "throughout", "within", "without", "near",
	"outside", "inside", "across", "around", "behind", "below", "above", "under", "among", "between", "along", "upon",
	"following")

// inVerbs take a party after "in" ("invest in", "speak in Beijing").
var inVerbs = set("invest", "speak", "arrive", "land", "stay", "settle", "interfere", "intervene", "meddle", "enlist",
	"participate", "join", "trust", "believe", "live", "base", "operate", "deploy", "station", "campaign", "canvass",
	"hold", "visit", "remain", "fight", "attack", "strike", "bomb", "raid", "die", "grow", "bear", "raise", "study",
	"work", "retire", "play", "record", "perform", "train", "teach", "serve", "star", "reside", "bury", "educate",
	"meet", "convene", "gather", "protest", "rally", "demonstrate", "march", "riot", "clash", "camp")

// atVerbs take a party after "at" ("aim at", "work at", "speak at").
var atVerbs = set("aim", "fire", "shoot", "strike", "hit", "protest", "arrive", "work", "study", "speak", "jab", "swipe",
	"lash", "laugh", "point", "direct", "target", "play", "sign", "train", "teach", "lecture", "serve")

// nameParticles join the parts of a name in lower case ("van den", "de", "bin").
var nameParticles = set("de", "van", "den", "der", "von", "da", "di", "du", "del", "della", "le", "la", "bin", "ibn",
	"al", "el", "d'", "dos", "das", "ter", "ten", "y")

// prepositions that may introduce the other party of a relation.
var prepositions = set("of", "to", "with", "for", "on", "in", "at", "from", "by", "against", "about", "into", "over",
	"onto", "toward", "towards", "through", "behind", "off", "out", "up", "down", "upon", "across", "past", "beyond",
	"despite", "than", "like", "unlike", "during", "after", "before", "since", "until", "amid", "via", "per", "as",
	"including", "except", "because", "while", "throughout", "within", "without", "near", "outside", "inside", "around",
	"below", "above", "under", "among", "between", "along", "alongside", "ahead", "regarding", "concerning", "following")

// definiteNouns: "the company", "the country" refer back to the one
// organisation or country just named.
var definiteNouns = map[string]string{"company": TypeOrg, "firm": TypeOrg, "group": TypeOrg, "bank": TypeOrg,
	"carrier": TypeOrg, "airline": TypeOrg, "retailer": TypeOrg, "club": TypeOrg, "party": TypeOrg, "broadcaster": TypeOrg,
	"organisation": TypeOrg, "organization": TypeOrg, "agency": TypeOrg, "corporation": TypeOrg, "insurer": TypeOrg,
	"band": TypeOrg, "label": TypeOrg, "carmaker": TypeOrg, "brewer": TypeOrg, "manufacturer": TypeOrg,
	"operator": TypeOrg, "regulator": TypeOrg, "watchdog": TypeOrg, "charity": TypeOrg, "newspaper": TypeOrg,
	"giant": TypeOrg, "lender": TypeOrg, "maker": TypeOrg, "supermarket": TypeOrg, "museum": TypeOrg, "gallery": TypeOrg, "university": TypeOrg,
	"union": TypeOrg, "country": TypeGPE, "nation": TypeGPE, "kingdom": TypeGPE, "republic": TypeGPE}

// groupHeads name a body that a possessor or a name before them owns
// ("Somalia's foreign ministry" ... "the ministry").
var groupHeads = set("ministry", "department", "agency", "government", "regime", "administration", "military", "army",
	"embassy", "office", "commission", "committee", "council", "board", "bank", "company", "group", "club", "team",
	"band", "party", "league", "federation", "union", "navy", "police", "parliament", "cabinet", "court", "rebels",
	"militants", "fighters", "forces", "troops", "insurgents", "militia", "guerrillas", "hospital", "university",
	"church", "museum", "school", "college", "foundation", "institute", "network", "association", "society",
	"movement", "alliance", "coalition", "front", "fund", "academy", "trust", "service", "authority", "bureau")

// placeNouns may be followed by the place's name ("the capital, Sanaa").
var placeNouns = set("capital", "city", "town", "port", "village", "region", "province", "state", "island", "enclave")

// placeKindNouns before "of" and a place's name stand for the place: "the
// African country of Mauritania", "the city of Aleppo".
var placeKindNouns = set("country", "nation", "state", "kingdom", "republic", "emirate", "island", "islands", "city", "town",
	"province", "region", "territory", "enclave", "village", "suburb", "district", "county", "borough", "municipality",
	"township", "hamlet", "neighbourhood", "neighborhood", "parish")

// subPlaceNouns name a part of a larger place: "the Abbassiya area of
// Cairo", "Sirte, a coastal town in Libya", "Mexico's southern state of
// Chiapas".
var subPlaceNouns = set("city", "town", "port", "village", "region", "province", "state", "island", "enclave", "area", "district",
	"neighbourhood", "neighborhood", "suburb", "county", "municipality", "governorate", "prefecture", "territory", "oasis", "resort", "hub",
	"base", "airbase", "airport", "regency", "slum", "township")

// irregularPast are past tenses the tagger may take for nouns or adjectives.
var irregularPast = set("spoke", "met", "told", "said", "sent", "left", "led", "won", "lost", "fought", "struck",
	"sought", "took", "gave", "made", "held", "became", "began", "brought", "bought", "sold", "wrote", "drew", "flew",
	"threw", "rode", "broke", "chose", "froze", "stole", "swore", "tore", "wore", "forgave", "forbade", "overtook",
	"undertook", "withdrew", "shook", "rose", "fell", "beat", "hit", "quit", "split", "shut", "cut", "put", "set", "shot", "slew", "stabbed", "hanged", "hung", "bit", "fled", "drove", "caught", "taught", "thought", "felt", "kept", "slept", "outbid", "overbid")

// nameMonths are months that are also first names.
var nameMonths = set("april", "may", "june", "august")

// notOrgStart words never begin an organisation's name.
var notOrgStart = set("former", "ex", "late", "then", "current", "acting", "outgoing", "incoming", "deputy",
	"assistant", "shadow", "senior", "junior", "interim", "double", "triple", "two-time", "three-time", "reigning",
	"defending")

// degreeAdverbs grade an adjective ("rather dashing", "very moving").
var degreeAdverbs = set("rather", "very", "quite", "most", "too", "so", "extremely", "really", "less", "fairly", "pretty",
	"increasingly", "highly")

// linkingVerbs take an adjective, not a participle's act ("looked
// assured", "seemed determined").
var linkingVerbs = set("look", "looks", "looked", "looking", "seem", "seems", "seemed", "appear", "appears", "appeared",
	"sound", "sounds", "sounded", "feel", "feels", "felt")

// contestWords before a title name where it was won, no body ("Olympic
// champion", "World champion").
var contestWords = set("olympic", "world", "european", "commonwealth", "national", "paralympic")

// contestNouns after a contest word name what is won there ("Commonwealth
// champion", "Commonwealth gold").
var contestNouns = set("champion", "champions", "gold", "silver", "bronze", "medal", "medals", "medallist", "medallists",
	"medalist", "medalists", "record", "title", "finalist", "champ", "winner")

// phrasalParticles are prepositions that before an object are particles
// ("take over the chairmanship"); motionVerbs keep them prepositions
// ("ran up the hill").
var phrasalParticles = set("over", "up", "off", "out", "down")
var motionVerbs = set("go", "come", "run", "walk", "jump", "climb", "fall", "fly", "move", "travel", "drive", "ride",
	"swim", "roll", "slide", "step", "march", "sail", "head", "look", "stare", "glance", "get")

// adverbParticles complete a phrasal verb when tagged as adverbs ("put together").
var adverbParticles = set("together", "up", "down", "off", "out", "away", "back", "over", "apart", "aside", "forward")

// judgeVerbs judge an act, and so its doer: "criticized the decision by
// X" criticizes X.
var judgeVerbs = set("criticize", "condemn", "denounce", "praise", "welcome", "reject", "oppose", "slam", "blast",
	"applaud", "hail", "deplore", "decry", "protest", "question", "challenge")

// siteNouns are a party's places; siteVerbs strike or search a place, and
// so its owner ("raided the offices of X").
var siteNouns = set("headquarters", "headquarter", "offices", "office", "home", "homes", "house", "residence", "compound", "base",
	"bases", "positions", "embassy", "consulate", "camp", "camps", "strongholds", "premises")
var siteVerbs = set("raid", "attack", "bomb", "shell", "strike", "hit", "storm", "search", "target", "besiege", "ambush",
	"surround", "seize", "occupy", "burn", "loot", "ransack", "overrun")

// actingBodies act for the country they are in: "Police in Zimbabwe
// arrested X", "the authorities in Moscow said".
var actingBodies = set("police", "authorities", "troops", "forces", "soldiers", "government", "officials", "army", "personnel", "guards",
	"military", "prosecutors", "courts", "court", "regime", "security")

// timeAdverbs may stand between a subject and its verb ("Libya yesterday
// accused Sudan").
var timeAdverbs = set("today", "yesterday", "tonight", "now", "also", "again", "recently", "reportedly", "later",
	"earlier", "then", "previously", "formally", "officially", "separately")

// stopVerbs act on someone else's plan: "urged Israel to halt the plan to
// annex" (Israel plans; the subject of "urged" does not annex).
var stopVerbs = set("halt", "stop", "block", "abandon", "drop", "scrap", "freeze", "suspend", "thwart", "foil",
	"veto", "cancel", "shelve", "delay", "postpone", "support", "back", "endorse", "approve")

// undoVerbs undo an authority's decision or ruling.
var undoVerbs = set("overturn", "reverse", "quash", "annul", "revoke", "rescind", "overrule", "repeal")

// opposeVerbs take a joint thing as their object without making it joint:
// "X and Y condemned the deal" is no deal between X and Y.
var opposeVerbs = set("condemn", "denounce", "criticize", "reject", "oppose", "attack", "welcome", "praise", "support",
	"back", "question", "slam", "blast", "dismiss", "call", "discuss", "debate", "review", "study", "examine", "veto", "block")

// outsiderVerbs take part in, follow or keep away from talks or a deal
// between others: "X and Y attended the talks" holds no talks between X
// and Y.
var outsiderVerbs = set("attend", "join", "boycott", "skip", "miss", "observe", "monitor", "host", "chair", "mediate",
	"broker", "cover", "watch", "follow", "leave", "quit", "address", "disrupt", "witness")

// reciprocalVerbs and reciprocalNouns relate coordinated subjects to each
// other: "X and Y met", "X and Y signed a deal".
var reciprocalVerbs = set("meet", "talk", "negotiate", "agree", "clash", "fight", "merge", "ally", "cooperate",
	"collaborate", "compete", "quarrel", "reconcile", "trade", "confer", "correspond", "separate", "divorce", "marry")
var reciprocalNouns = set("drill", "exercise", "manoeuvre", "maneuver", "patrol", "talk", "deal", "agreement", "treaty", "pact", "accord", "truce", "ceasefire", "alliance", "call", "conversation",
	"partnership", "merger", "meeting", "summit", "negotiation", "contract", "joint", "fire", "gunfire", "relation", "tie", "venture",
	"memorandum", "memoranda")

// hedges inside a verb group keep a statement from being asserted.
var hedges = map[string]string{"reportedly": "reported", "allegedly": "alleged", "apparently": "possible",
	"possibly": "possible", "probably": "possible", "perhaps": "possible", "supposedly": "alleged",
	"purportedly": "alleged", "seemingly": "possible"}

// adverbialPreps introduce a participle whose subject is the main clause's
// ("by selling", "after meeting", "while visiting").
var adverbialPreps = set("by", "after", "before", "while", "when", "since", "without", "despite", "upon", "on")

// clauseVerbs take a clause as object: the name after them is its subject.
var clauseVerbs = set("think", "believe", "hope", "fear", "expect", "know", "suggest", "insist", "feel", "assume",
	"guess", "suspect", "doubt", "realize", "realise", "understand", "see", "hear", "find", "show", "prove", "mean",
	"ensure", "predict", "argue", "claim", "reckon", "wish", "worry", "learn", "notice", "agree", "decide", "recall",
	"accept", "admit", "acknowledge", "concede")

// objectControl verbs hand the action of a following infinitive to their
// object ("urged the EU to impose", "asked Iran to stop").
var objectControl = set("urge", "ask", "tell", "persuade", "order", "allow", "force", "encourage", "invite", "call", "plead", "appeal",
	"help", "want", "expect", "require", "enable", "instruct", "press", "pressure", "lead", "cause", "get", "convince",
	"warn", "advise", "authorize", "authorise", "permit", "challenge", "compel", "oblige", "beg", "appoint", "elect",
	"name", "choose", "hire", "pay", "need", "prompt", "inspire", "select", "sign", "tip", "back")

// nonRelVerbs never relate two parties by themselves.
var nonRelVerbs = set("include", "involve", "contain", "comprise", "cost", "total", "mean", "number", "equal")

// reportNouns introduce a claim that is not asserted ("reports (that) he told").
var reportNouns = set("reports", "report", "claims", "claim", "allegations", "allegation", "rumours", "rumors",
	"speculation", "suggestions", "accusations", "belief", "fears", "hopes", "suspicion", "suspicions", "idea", "notion",
	"suggestion", "assertion", "charge", "charges", "theory")

// denyVerbs deny the clause after them ("Russia denied that it had attacked
// Ukraine"): what it says is not asserted.
var denyVerbs = set("deny", "denied", "denies", "denying", "refute", "refuted", "refutes", "reject", "rejected",
	"rejects", "dispute", "disputed", "disputes", "dismiss", "dismissed", "dismisses")

// gerundPreps take a gerund clause with its own subject ("talk about
// Turkey entering the EU"); other prepositions do not ("a student from
// Hong Kong studying at Cornell").
var gerundPreps = set("about", "of", "on", "over", "against", "for", "despite", "without", "with")

// intentNouns before "to" + verb mark an intention ("in an attempt to stop"),
// with the modality they give the act; a decision gives none: news tells
// it once it is taken and mostly acted on ("defended her decision to cast
// Reese Witherspoon", "the decision to ban him").
var intentNouns = map[string]string{"attempt": "attempted", "approach": "attempted", "bid": "attempted", "effort": "attempted", "efforts": "attempted",
	"plan": "planned", "plans": "planned", "move": "planned", "decision": "", "pledge": "promised",
	"promise": "promised", "offer": "offered", "threat": "threatened", "intention": "planned", "proposal": "proposed",
	"call": "requested", "calls": "requested", "campaign": "attempted", "drive": "attempted", "deal": "agreed",
	"agreement": "agreed", "right": "possible", "power": "possible", "chance": "possible", "opportunity": "possible", "ability": "possible",
	"scheme": "alleged", "schemes": "alleged", "plot": "alleged", "plots": "alleged", "conspiracy": "alleged",
	"scramble": "attempted", "battle": "attempted", "fight": "attempted", "push": "attempted", "struggle": "attempted"}

// intentNoun: w is one of intentNouns.
func intentNoun(w string) bool {
	_, ok := intentNouns[w]
	return ok
}

// deployVerbs send a subject's own forces to act: "sent troops to fight X"
// is the subject fighting X.
var deployVerbs = set("send", "deploy", "dispatch", "mobilize", "mobilise", "station", "use", "commit")

// agentIntentNouns are the intentNouns whose possessor or "by" agent is the one
// who would do what follows ("Iran's decision to expel", "a bid by X to
// buy"); not "his chance to", "the right to".
var agentIntentNouns = set("attempt", "bid", "effort", "efforts", "plan", "plans", "move", "decision", "pledge", "promise",
	"offer", "threat", "intention", "proposal", "call", "calls", "campaign", "drive", "scheme", "schemes", "plot", "plots", "conspiracy")

// transferVerbs pass something to a recipient ("lent billions to Caracas").
var transferVerbs = set("lend", "give", "send", "sell", "pay", "provide", "supply", "donate", "transfer", "grant",
	"offer", "deliver", "ship", "export", "hand", "award", "loan", "pledge", "promise", "owe", "extradite", "deport")

// irregularParticiples the tagger may miss after "have".
var irregularParticiples = set("lent", "sent", "given", "taken", "made", "held", "met", "told", "said", "won", "lost",
	"led", "left", "paid", "sold", "bought", "brought", "built", "spent", "struck", "fought", "sought", "thrown", "shown",
	"written", "driven", "chosen", "spoken", "broken", "stolen", "frozen", "forgiven", "begun", "run", "become", "cut",
	"hit", "put", "set", "shut", "quit", "split", "beaten", "withdrawn", "overtaken", "undertaken", "drawn", "flown")

// contestVerbs report games and contests; they get no CAMEO event, whose
// codes for them (190 "use conventional military force") would mislead.
var contestVerbs = set("beat", "defeat", "thrash", "edge", "overcome", "overtake", "outplay", "hammer", "rout", "crush",
	"trounce", "whitewash", "outclass", "outscore", "outrun", "outpace", "eliminate", "knock", "thump", "stun", "sweep",
	"tame", "humble", "dump", "demolish", "outgun", "outbox", "outpoint", "pip", "nick", "dispatch", "swamp", "compete", "triumph")

// lifeVerbs report a life event (born, grew up, died) or hold a post
// (headed, chaired); CAMEO's codes for some of them (die: 190, head: 060)
// would read as events between the two parties.
var lifeVerbs = set("die", "bear", "grow", "live", "study", "retire", "marry", "raise", "bury", "educate", "reside",
	"head", "chair", "captain", "coach", "manage", "found")

// placedVerbs say, in the passive with "in" or "at" and no agent, where
// their subject is or was: "was born in X" is "born in X".
var placedVerbs = map[string]string{"bear": "born", "raise": "raised", "bury": "buried", "educate": "educated",
	"station": "stationed", "headquarter": "headquartered", "base": "based", "imprison": "imprisoned", "jail": "jailed",
	"detain": "detained", "hospitalize": "hospitalized", "hospitalise": "hospitalised", "locate": "located",
	"arrest": "arrested", "found": "founded"}

// agentNouns name who did a violent act to someone; a role phrase with one
// ("the assassin of Lincoln", "Lennon's killer", "King assassin James Earl
// Ray") is the act itself.
var agentNouns = map[string]string{"assassin": "assassinate", "killer": "kill", "murderer": "murder",
	"kidnapper": "kidnap", "abductor": "abduct", "assailant": "attack", "attacker": "attack"}

// scienceTrades are trades of science, medicine and scholarship: posts
// before a name ("plant geneticist Wanjiru Kamau") whose nationality says
// where the holder is from.
var scienceTrades = set("geneticist", "agronomist", "biologist", "botanist", "geologist", "ecologist", "sociologist", "psychologist",
	"archaeologist", "anthropologist", "epidemiologist", "virologist", "immunologist", "climatologist", "zoologist", "linguist",
	"meteorologist", "neurologist", "cardiologist", "oncologist", "psychiatrist", "pathologist", "physician", "veterinarian",
	"mathematician", "astronomer", "statistician", "nutritionist", "conservationist", "environmentalist", "breeder", "curator",
	"lecturer", "neuroscientist", "microbiologist", "entomologist", "oceanographer", "demographer", "criminologist",
	"palaeontologist", "paleontologist", "palaeoanthropologist", "paleoanthropologist", "primatologist", "glaciologist",
	"seismologist", "volcanologist", "hydrologist", "ornithologist", "astrophysicist", "geophysicist", "biochemist",
	"geographer", "archivist", "cosmologist", "pharmacologist", "toxicologist", "radiologist", "dermatologist",
	"paediatrician", "pediatrician", "haematologist", "hematologist", "gynaecologist", "endocrinologist",
	"ophthalmologist", "anaesthetist", "anesthesiologist", "physiotherapist", "psychotherapist", "theologian", "egyptologist")

func init() {
	for n := range agentNouns {
		titleHeads[n] = true
	}
	for n := range scienceTrades {
		titleHeads[n] = true
		professionNouns[n] = true
	}
}

// nameSuffixes end a person's name ("Martin Luther King Jr.", "Pope John Paul II").
var nameSuffixes = set("jr", "jr.", "sr", "sr.", "ii", "iii", "iv")

// romanSuffixes number a name's bearer ("Henry Ford II").
var romanSuffixes = set("II", "III", "IV")

// ownerNouns name who holds a share of a company; a superlative before them
// ranks the holders ("the largest shareholder in X") and keeps the fact.
var ownerNouns = set("shareholder", "shareholders", "investor", "investors", "owner", "owners", "stakeholder", "creditor", "creditors", "lender", "lenders")

// gerundToHeads take "to" and a gerund whose subject is their own subject's
// ("pleaded guilty to killing X", "confessed to killing X").
var gerundToHeads = set("guilty", "confessed", "admitted", "admits", "admit", "confesses", "confess", "objected", "committed")
