package classify

import "strings"

// The vocabularies below are general: they name classes of words that carry
// a privacy notice's promises (materiality guidelines §2 and §4), never the
// wording of one notice.

// negations flip a statement (rule M1). "non" counts because "non-personal
// information" is the negation of "personal information".
var negations = set("not", "no", "never", "none", "nor", "nothing", "neither", "non", "refuse", "refuses",
	"decline", "declines", "prohibit", "prohibits", "prohibited")

// possibility modals hedge or permit (rule M2).
var possibility = set("may", "might", "could", "attempt", "attempts", "try", "tries", "endeavor",
	"endeavors", "endeavour", "endeavours", "strive", "strives", "aim", "aims")

// commitment modals promise or oblige (rule M2). "shall" is left out: in
// notices it is mostly a legal present tense.
var commitment = set("will", "must")

// restrictive qualifiers narrow a statement (rule M3).
var restrictive = set("only", "solely", "exclusively", "unaffiliated", "explicit", "express", "expressly",
	"affirmative", "affirmatively", "strictly", "verifiable", "separate", "annual", "annually", "regularly",
	"periodically", "daily", "weekly", "monthly", "quarterly", "yearly", "always", "promptly", "independent",
	"anonymized", "aggregated", "de-identified", "pseudonymized", "minimum", "maximum")

// stop words are pure function words: their coming and going never
// changes a practice, nor does it count as rewording.
var stop = set("a", "an", "the", "and", "or", "but", "so", "as", "than", "that", "which", "who", "whom", "whose",
	"this", "these", "those", "there", "it", "its", "they", "them", "their", "we", "us", "our", "you", "your",
	"is", "are", "be", "been", "being", "was", "were", "has", "have", "had", "do", "does", "did", "of", "to",
	"in", "on", "at", "by", "for", "from", "with", "into", "also", "then", "such", "i", "me", "my", "he",
	"she", "his", "her", "what", "here", "am", "shall", "would", "should")

// quantifiers: swapping a universal one for a partial one changes scope
// (rule M3).
var universal = set("all", "any", "every", "each", "always", "everyone", "anyone")
var partial = set("some", "most", "many", "certain", "selected", "few", "several", "limited", "sometimes")

// exceptions open a hole in a statement (rule M4).
var exceptions = set("except", "unless", "without", "excluding", "exempt")

// timing words of change clauses and deadlines (rule M12).
var timing = set("before", "prior", "advance", "sooner", "immediately")

// glue words carry no practice of their own; rewrites add and drop them
// freely.
var glue = set(
	"a", "an", "the", "and", "or", "but", "so", "as", "than", "that", "which", "who", "whom", "whose", "what",
	"this", "these", "those", "there", "here", "it", "its", "they", "them", "their", "theirs", "we", "us", "our",
	"ours", "you", "your", "yours", "he", "she", "his", "her", "i", "me", "my", "is", "are", "be", "been", "being",
	"was", "were", "am", "has", "have", "had", "having", "do", "does", "did", "done", "doing", "of", "to", "in",
	"on", "at", "by", "for", "from", "with", "within", "into", "onto", "upon", "about", "over", "via", "through",
	"throughout", "per", "up", "down", "off", "also", "then", "such", "each", "every", "some", "other",
	"another", "any", "all", "both", "either", "very", "just", "please", "generally", "following", "follows",
	"described", "indicated", "set", "forth", "below", "above", "herein", "hereby", "thereof", "whether",
	"if", "when", "whenever", "where", "wherever", "while", "once", "because", "since", "how", "why", "way",
	"shall", "would", "should", "make", "makes", "made", "get", "gets", "got", "give", "gives", "given", "take",
	"takes", "taken", "called", "known", "commonly", "so-called", "like", "much", "many", "more", "less", "own",
	"able", "ability", "case", "cases", "instance", "example", "e.g", "i.e", "etc", "including", "include",
	"includes", "included", "certain", "particular", "specific", "applicable", "relevant", "respective",
	"together", "collectively", "respectively", "addition", "additionally", "furthermore", "moreover",
	"however", "although", "though", "still", "even", "further", "again", "already", "currently",
	"one's", "someone", "anyone", "everyone", "something", "anything", "everything", "thing", "things",
	"kind", "kinds", "type", "types", "form", "forms", "sort", "part", "parts", "order", "behalf",
	"regarding", "concerning", "related", "relating", "relation", "respect", "accordance", "pursuant",
	"term", "terms", "page", "section", "let", "lets", "see", "note", "aware", "learn", "read", "least",
	"day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minute", "minutes",
	"describe", "describes", "explain", "explains", "tell", "tells", "mean", "means", "using", "use's",
)

// entitySuffixes mark a legal entity's name (rule M10).
var entitySuffixes = set("inc", "ltd", "llc", "llp", "lp", "plc", "gmbh", "ag", "bv", "b.v", "nv", "n.v", "sa",
	"s.a", "sas", "sarl", "srl", "s.r.l", "spa", "s.p.a", "oy", "ab", "as", "aps", "kk", "k.k", "pty", "pte",
	"corp", "corporation", "co", "company", "limited", "incorporated", "sl", "s.l", "kft", "sro", "s.r.o",
	"sp", "z.o.o", "ug", "kg", "se", "ulc", "lda", "ltda", "bvba", "nl")

// frameworks are legal transfer mechanisms (rule M9).
var frameworks = []string{"safe harbor", "privacy shield", "data privacy framework", "dpf",
	"standard contractual clauses", "sccs", "scc", "binding corporate rules", "bcr", "bcrs",
	"adequacy decision", "uk addendum", "uk extension", "swiss-u.s", "cbpr", "cross-border privacy rules",
	"international data transfer agreement", "idta", "apec"}

// places are countries, regions and US states (rules M8, M11).
var places = set(
	"afghanistan", "albania", "algeria", "andorra", "angola", "argentina", "armenia", "australia", "austria",
	"azerbaijan", "bahamas", "bahrain", "bangladesh", "barbados", "belarus", "belgium", "belize", "benin",
	"bhutan", "bolivia", "bosnia", "botswana", "brazil", "brunei", "bulgaria", "burundi", "cambodia",
	"cameroon", "canada", "chile", "china", "colombia", "congo", "croatia", "cuba", "cyprus", "czech",
	"czechia", "denmark", "djibouti", "dominica", "ecuador", "egypt", "estonia", "eswatini", "ethiopia",
	"fiji", "finland", "france", "gabon", "gambia", "georgia", "germany", "ghana", "greece", "grenada",
	"guatemala", "guinea", "guyana", "haiti", "honduras", "hungary", "iceland", "india", "indonesia", "iran",
	"iraq", "ireland", "israel", "italy", "jamaica", "japan", "jordan", "kazakhstan", "kenya", "korea",
	"kosovo", "kuwait", "kyrgyzstan", "laos", "latvia", "lebanon", "lesotho", "liberia", "libya",
	"liechtenstein", "lithuania", "luxembourg", "madagascar", "malawi", "malaysia", "maldives", "mali",
	"malta", "mauritania", "mauritius", "mexico", "moldova", "monaco", "mongolia", "montenegro", "morocco",
	"mozambique", "myanmar", "namibia", "nepal", "netherlands", "nicaragua", "niger", "nigeria", "norway",
	"oman", "pakistan", "panama", "paraguay", "peru", "philippines", "poland", "portugal", "qatar",
	"romania", "russia", "rwanda", "samoa", "senegal", "serbia", "seychelles", "singapore", "slovakia",
	"slovenia", "somalia", "spain", "sri", "sudan", "suriname", "sweden", "switzerland", "syria", "taiwan",
	"tajikistan", "tanzania", "thailand", "togo", "tonga", "tunisia", "turkey", "türkiye", "turkmenistan",
	"uganda", "ukraine", "uruguay", "uzbekistan", "vanuatu", "venezuela", "vietnam", "yemen", "zambia",
	"zimbabwe", "emirates", "uae", "usa", "america", "britain", "england", "scotland", "wales",
	"hong", "macau", "eea", "eu", "uk", "europe", "european", "asia", "africa", "apac", "emea", "latam", "oceania",
	"alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware",
	"florida", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
	"maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska",
	"nevada", "hampshire", "jersey", "mexico", "york", "carolina", "dakota", "ohio", "oklahoma", "oregon",
	"pennsylvania", "rhode", "tennessee", "texas", "utah", "vermont", "virginia", "washington", "wisconsin",
	"wyoming", "quebec", "ontario", "bavaria", "frankfurt", "dublin", "london", "paris", "amsterdam",
	"tokyo", "sydney", "mumbai", "bangalore", "manila", "shanghai", "beijing", "seoul", "toronto",
	"vancouver", "montreal", "zurich", "geneva", "luxembourg", "stockholm", "helsinki", "oslo", "madrid",
	"barcelona", "milan", "rome", "berlin", "munich", "warsaw", "prague", "vienna", "brussels", "lisbon",
	"tallinn", "riga", "vilnius", "bucharest", "sofia", "kyiv", "istanbul", "dubai", "cairo", "lagos",
	"nairobi", "johannesburg", "sao", "paulo", "buenos", "aires", "santiago", "lima", "bogota",
)

// practice lists the words that name what a notice's promises are about:
// data types and sources, purposes, recipients, places, rights and
// safeguards, each with the category it mostly belongs to. A word of these
// classes added to or dropped from a statement is a material edit (rules
// M5, M7, M13), unless a word of the same category is swapped for it.
var practice = map[string]string{
	// Collection: data types and sources.
	"name": "collection", "email": "collection", "address": "collection", "phone": "collection",
	"birth": "collection", "birthday": "collection", "age": "children", "gender": "collection",
	"location": "collection", "gps": "collection", "geolocation": "collection", "contact": "collection",
	"contacts": "collection", "calendar": "collection", "photo": "collection", "photos": "collection",
	"camera": "collection", "microphone": "collection", "voice": "collection", "audio": "collection",
	"video": "collection", "recording": "collection", "recordings": "collection", "biometric": "collection",
	"fingerprint": "collection", "face": "collection", "facial": "collection", "health": "collection",
	"medical": "collection", "financial": "collection", "income": "collection", "credit": "collection",
	"card": "collection", "bank": "collection", "payment": "collection", "purchase": "collection",
	"history": "collection", "browsing": "collection", "search": "collection", "demographic": "collection",
	"ownership": "collection", "household": "collection", "identifier": "collection", "identifiers": "collection",
	"ip": "collection", "device": "collection", "social": "collection", "security-number": "collection",
	"passport": "collection", "licence-number": "collection", "ethnicity": "collection", "race": "collection",
	"religion": "collection", "religious": "collection", "political": "collection", "sexual": "collection",
	"orientation": "collection", "genetic": "collection", "employment": "collection", "education": "collection",
	"message": "collection", "messages": "collection", "chat": "collection", "content": "collection",
	"keystroke": "collection", "keystrokes": "collection", "screenshot": "collection", "screen": "collection",
	"broker": "collection", "brokers": "collection", "source": "collection", "sources": "collection",
	"precise": "collection", "sensitive": "collection", "inferences": "collection", "inference": "collection",
	"signature": "collection", "tax": "collection", "vat": "collection", "salary": "collection",
	"preferences": "collection", "interests": "collection", "friends": "collection",
	// Use: purposes.
	"advertising": "use", "advertisement": "use", "advertisements": "use", "ads": "use", "ad": "use",
	"marketing": "use", "profile": "use", "profiles": "use", "profiling": "use", "personalize": "use",
	"personalized": "use", "interest-based": "use", "targeted": "use", "targeting": "use", "research": "use",
	"trends": "use", "analytics": "use", "analyze": "use", "train": "use", "training": "use", "model": "use",
	"models": "use", "ai": "use", "machine-learning": "use", "artificial": "use", "intelligence": "use",
	"automated": "use", "decisions": "use", "purpose": "use", "purposes": "use", "future": "use",
	"commercial": "use", "resell": "sharing", "monetize": "use", "scoring": "use", "surveys": "use",
	"survey": "use", "promotional": "use", "promotions": "use", "offers": "use", "newsletters": "use",
	// Sharing: recipients and grounds.
	"share": "sharing", "shared": "sharing", "sharing": "sharing", "disclose": "sharing",
	"disclosed": "sharing", "disclosure": "sharing", "sell": "sharing", "sold": "sharing", "sale": "sharing",
	"rent": "sharing", "lease": "sharing", "trade": "sharing", "exchange": "sharing", "partner": "sharing",
	"partners": "sharing", "affiliate": "sharing", "affiliates": "sharing", "vendor": "sharing",
	"vendors": "sharing", "processor": "sharing", "processors": "sharing", "sub-processors": "sharing",
	"subprocessors": "sharing", "provider": "sharing", "providers": "sharing", "advertiser": "sharing",
	"advertisers": "sharing", "networks": "sharing", "network": "sharing", "insurer": "sharing",
	"insurers": "sharing", "installer": "sharing", "installers": "sharing", "buyer": "sharing",
	"buyers": "sharing", "successor": "sharing", "acquirer": "sharing", "authorities": "sharing",
	"authority": "sharing", "enforcement": "sharing", "government": "sharing", "police": "sharing",
	"investigation": "sharing", "subpoena": "sharing", "recipient": "sharing", "recipients": "sharing",
	"third-party": "sharing", "third": "sharing", "public": "sharing", "publicly": "sharing",
	"sponsors": "sharing", "lenders": "sharing", "employers": "sharing", "researchers": "sharing",
	"joint": "sharing", "co-marketing": "sharing", "data-brokers": "sharing", "resellers": "sharing",
	// Retention.
	"retain": "retention", "retained": "retention", "retention": "retention", "keep": "retention",
	"kept": "retention", "delete": "retention", "deleted": "retention", "deletion": "retention",
	"erase": "retention", "backups": "retention", "backup": "retention", "archive": "retention",
	"archived": "retention", "anonymize": "retention", "closed": "retention", "indefinitely": "retention",
	// Security.
	"protect": "security", "security": "security", "secure": "security", "encrypt": "security",
	"encrypted": "security", "encryption": "security", "safeguards": "security", "firewalls": "security",
	"audit": "security", "audits": "security", "auditor": "security", "breach": "security",
	"hash": "security", "hashed": "security", "tls": "security", "penetration": "security",
	"limited": "security", "need-to-know": "security", "authentication": "security", "key": "security",
	// Choice.
	"consent": "choice", "optin": "choice", "optout": "choice", "unsubscribe": "choice", "allow": "choice",
	"allows": "choice", "permission": "choice", "agree": "choice", "choose": "choice", "choice": "choice",
	"choices": "choice", "notifications": "choice", "default": "choice", "object": "choice",
	"withdraw": "choice", "ask": "choice", "asks": "choice", "settings": "choice",
	// Access and rights.
	"right": "access", "rights": "access", "access": "access", "correct": "access", "rectify": "access",
	"portability": "access", "portable": "access", "copy": "access", "fee": "access", "free": "access",
	"charge": "access", "discriminate": "access", "discrimination": "access", "appeal": "access",
	"agent": "access", "verify": "access", "request": "access", "requests": "access", "respond": "access",
	"restrict": "access", "review": "access",
	// Children.
	"child": "children", "children": "children", "kids": "children", "kid": "children", "minor": "children",
	"minors": "children", "parent": "children", "parents": "children", "parental": "children",
	"guardian": "children", "teen": "children", "teens": "children", "junior": "children",
	"students": "children", "coppa": "children",
	// International.
	"transfer": "international", "transfers": "international", "transferred": "international",
	"country": "international", "countries": "international", "servers": "international",
	"stored": "international", "store": "international", "region": "international",
	"international": "international", "cross-border": "international", "abroad": "international",
	"located": "international", "residency": "international", "overseas": "international",
	// Tracking.
	"cookie": "tracking", "cookies": "tracking", "beacon": "tracking", "beacons": "tracking",
	"pixel": "tracking", "pixels": "tracking", "tags": "tracking", "sdk": "tracking", "sdks": "tracking",
	"fingerprinting": "tracking", "dnt": "tracking", "track": "tracking", "tracking": "tracking",
	"gpc": "tracking", "signal": "tracking", "signals": "tracking", "cross-site": "tracking",
	"cross-context": "tracking", "retargeting": "tracking", "session": "tracking", "replay": "tracking",
	// Controller.
	"controller": "controller", "representative": "controller", "published": "controller",
	"operated": "controller", "owned": "controller", "subsidiary": "controller", "officer": "controller",
	"dpo": "controller",
	// Disputes.
	"dispute": "disputes", "disputes": "disputes", "arbitration": "disputes", "arbitrator": "disputes",
	"court": "disputes", "courts": "disputes", "governed": "disputes", "venue": "disputes",
	"jurisdiction": "disputes", "complaint": "disputes", "complaints": "disputes", "class": "disputes",
	"waive": "disputes", "waiver": "disputes", "lawsuit": "disputes", "mediation": "disputes",
	"ombudsman": "disputes", "lodge": "disputes", "supervisory": "disputes", "escalate": "disputes",
	// Policy change.
	"amend": "policy-change", "amendment": "policy-change", "amendments": "policy-change", "change": "policy-change",
	"changes": "policy-change", "revise": "policy-change", "revised": "policy-change", "update": "policy-change",
	"effect": "policy-change", "effective": "policy-change", "retroactive": "policy-change",
	"retroactively": "policy-change", "notify": "policy-change",
	// Other: scope and definitions.
	"applies-to": "other",
	"scope":      "other", "definition": "other", "identifiable": "other", "license": "other",
	"licence": "other", "royalty-free": "other", "perpetual": "other",
}

// antonyms flip a statement when one replaces the other (rule M1).
var antonyms = map[string]string{
	"optin": "optout", "optout": "optin", "enable": "disable", "disable": "enable", "enabled": "disabled",
	"disabled": "enabled", "allow": "block", "block": "allow", "allowed": "blocked", "blocked": "allowed",
	"include": "exclude", "exclude": "include", "included": "excluded", "excluded": "included",
	"public": "private", "private": "public", "on": "off", "off": "on", "before": "after", "after": "before",
	"increase": "decrease", "decrease": "increase", "accept": "reject", "reject": "accept", "grant": "deny",
	"deny": "grant", "permit": "forbid", "forbid": "permit", "mandatory": "optional", "optional": "mandatory",
	"required": "optional", "voluntary": "mandatory", "identifiable": "anonymous", "anonymous": "identifiable",
	"encrypted": "unencrypted", "unencrypted": "encrypted", "first": "third", "third": "first",
	"earlier": "later", "later": "earlier", "shorter": "longer", "longer": "shorter", "fewer": "more",
}

// weakPractice are practice words too common in plain rewording ("please
// contact us" → "please write to us") to make a swap material on their own;
// they still count when added or dropped outright.
var weakPractice = set("contact", "contacts", "content", "message", "messages", "request", "requests", "access",
	"review", "object", "ask", "asks", "settings", "default", "effect", "change", "changes", "update", "store",
	"stored", "located", "source", "sources", "agree", "choose", "choice", "choices", "name", "address", "device",
	"public", "publicly", "provider", "providers", "model", "free", "copy", "verify", "respond", "purpose",
	"purposes", "protect", "secure", "security", "keep", "kept", "delete", "deleted", "share", "shared", "sharing",
	"disclose", "disclosed", "disclosure", "third", "third-party", "network", "networks", "signal", "signals",
	"session", "screen", "card", "history", "search", "social", "face", "voice", "video", "class", "published",
	"operated", "owned", "applies-to", "region", "country", "countries", "transfer", "transferred",
	"permission", "withdraw", "notifications", "analyze", "improve", "personalize", "personalized",
	"commercial", "offers", "ads", "ad", "interests", "preferences", "notify", "key", "track")

// categoryCues are words in a changed statement, or its section's heading,
// that say what the statement is about (materiality guidelines §4).
var categoryCues = map[string][]string{
	"collection":    {"collect", "collected", "collection", "obtain", "receive", "gather", "gathered", "provide us", "information we", "we ask for", "request"},
	"use":           {"use ", "used ", "uses ", "purpose", "advertis", "profile", "personaliz", "marketing", "research", "trends", "train", "analy", "improve"},
	"sharing":       {"share", "disclos", "sell", "sold", "sale", "partner", "third part", "affiliate", "vendor", "provider", "recipient", "authorit", "broker", "advertising network", "installer", "buyer"},
	"retention":     {"retain", "retention", "keep", "kept", "delet", "how long", "backup", "closed account"},
	"security":      {"secur", "protect", "encrypt", "safeguard", "breach", "firewall", "audit"},
	"choice":        {"consent", "opt in", "opt-in", "opted in", "opt out", "opt-out", "opted out", "unsubscribe", "choice", "choose", "allow", "preference", "notification", "turn off", "marketing"},
	"access":        {"right", "access", "correct", "update", "delete", "portab", "request", "respond", "fee", "charge", "discriminat", "appeal", "agent", "review"},
	"children":      {"child", "kid", "minor", "parent", "age ", "under 1", "junior", "teen", "younger", "older", "guardian"},
	"international": {"transfer", "countr", "server", "stored", "store ", "region", "international", "framework", "safe harbor", "privacy shield", "contractual clauses", "located", "access from"},
	"tracking":      {"cookie", "beacon", "pixel", "tag", "sdk", "track", "do not track", "dnt", "gpc", "global privacy control", "advertising identifier", "identifier"},
	"controller":    {"controller", "representative", "responsible for", "made by", "published by", "operated by", "company", "entity"},
	"disputes":      {"dispute", "arbitrat", "court", "governed", "law", "venue", "complaint", "jurisdiction", "resolution", "class action", "waiv"},
	"policy-change": {"amend", "change", "changes to this", "take effect", "takes effect", "updated", "notify you", "posting", "revis"},
	"other":         {"applies", "apply to", "covers", "cover ", "scope", "definition", "we use the term", "consider personal information", "personal information to include", "user communications", "licen"},
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[strings.ToLower(w)] = true
	}
	return m
}
