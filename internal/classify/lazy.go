package classify

import (
	"bytes"
	"regexp"
	"strings"
	"sync"
)

// vocabOnce builds the classifier's vocabularies on first use, so that
// programs linking the package but not classifying (notice --help, notice
// mail ...) do not pay for them at start-up. Each pattern is compiled
// later still, when a text first needs it.
var vocabOnce sync.Once

// loadVocab makes the vocabularies ready; Classify calls it first.
func loadVocab() { vocabOnce.Do(buildVocab) }

// ageNumber matches an age in digits or words, as canonical phrases find it.
const ageNumber = `\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine`

func buildVocab() {
	reEnumeration = lazyRegexp(`^(?:\(?\d{1,3}(?:\.\d{1,3})*[.)]|\d{1,3}(?:\.\d{1,3})+|\(?[a-z][.)]|\([a-z]{1,2}\)|\(?[ivx]{1,5}[.)])\s+`)
	irregular = map[string]string{
		"sold": "sell", "kept": "keep", "given": "give", "gave": "give", "made": "make", "sent": "send",
		"bought": "buy", "told": "tell", "held": "hold", "taken": "take", "took": "take", "chose": "choose",
		"chosen": "choose", "shown": "show", "known": "know", "written": "write", "wrote": "write",
		"paid": "pay", "left": "leave", "found": "find", "got": "get", "gotten": "get", "brought": "bring",
		"children": "child", "data": "data", "analyses": "analysis", "notify": "notice", "notified": "notice",
		"notifies": "notice", "notifying": "notice", "reply": "respond", "replies": "respond", "replied": "respond",
		"answer": "respond", "answers": "respond", "answered": "respond",
		"used": "use", "advert": "advertising", "adverts": "advertising", "advertisement": "advertising", "advertisements": "advertising",
	}
	numberWords = map[string]int{
		"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
		"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
		"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
		"forty": 40, "forty-five": 45, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
		"hundred": 100, "a": -1, "an": -1, "single": 1, "twenty-four": 24, "thirty-five": 35, "twenty-one": 21,
		"past": -1, "last": -1, "next": -1,
	}
	unitDays = map[string]float64{
		"day": 1, "days": 1, "week": 7, "weeks": 7, "fortnight": 14, "fortnights": 14, "month": 30.4375,
		"months": 30.4375, "year": 365.25, "years": 365.25, "hour": 1.0 / 24, "hours": 1.0 / 24,
		"minute": 1.0 / 1440, "minutes": 1.0 / 1440,
	}
	unitMonths = map[string]float64{"month": 1, "months": 1, "year": 12, "years": 12}
	reEmail = lazyRegexp(`[\w.+-]+@[\w-]+(\.[\w-]+)+`)
	rePhone = lazyRegexp(`\+?\d[\d\s().-]{6,}\d`)
	reURL = lazyRegexp(`\b(?:https?://)?(?:[\w-]+\.)+(?:com|org|net|io|games|co|uk|de|eu|us|gov|edu|app|dev)(?:/\S*)?`)
	reDate = lazyRegexp(`\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}\b|\b\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b(?:19|20)\d{2}\b`)
	reStreet = lazyRegexp(`\b\d+[a-z]? (?:[\w.]+ ){0,3}(?:street|st|avenue|ave|boulevard|blvd|road|rd|drive|dr|lane|ln|way|row|place|pl|square|sq|court|ct|parkway|pkwy|highway|hwy|straße|strasse|str|rue|via|calle|plaza|terrace|circle|alley|quay|wharf)\b|\b(?:suite|ste|floor|fl|unit|apt|room|building|bldg|po box|p\.o\. box|box)\.? ?#?\d+\w*|\b\d+(?:st|nd|rd|th) floor\b|\b(?:street|st|avenue|ave|road|rd|square|sq|place|pl|lane|platz|straße|strasse|gasse|weg|laan|gracht|singel|kade|plein|rue|calle)\.? \d+\w*|\b[a-zà-ÿ]+(?:straße|strasse|straat|gasse|platz|laan|gracht|singel|kade|plein)\.? \d+\w*`)
	// reStreet for display text, in any case ("1 Elm Street").
	reStreetAnyCase = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile("(?i)" + reStreet().String()) })
	// A postcode written beside a street, in any case: "OR 97209", "LS1
	// 4AB"; not a bare number, which may be a year.
	reAddressPostcode = lazyRegexp(`(?i)\b[a-z]{2} \d{5}(?:-\d{4})?\b|\b[a-z]{1,2}[0-9][a-z0-9]? ?[0-9][a-z]{2}\b`)
	rePostcode = lazyRegexp(`\b[a-z]{2} \d{5}(?:-\d{4})?\b|\b\d{4,5} [a-z]{2}\b|\b\d{4,5}\b`)
	reQuantity = lazyRegexp(`([$€£]?)(\d+(?:[.,]\d+)?)(%?)(?:[ -](business |working |calendar )?(day|days|week|weeks|fortnights?|month|months|year|years|hour|hours|minute|minutes|percent|times|points?))?`)
	reKeepSafe = lazyRegexp(`\bkeep(?:s|ing)? (?:\S+ ){0,3}?(?:safe|secure)\b`)
	// What a safeguard protects: "protect players' information".
	reProtectWhat = lazyRegexp(`\b(?:protect|safeguard)(?:s|ed|ing)? (?:\S+ ){0,2}\S+`)
	// "never used" → "not normally used": a hedge leaves room for the
	// exceptions an absolute ruled out (rule M2).
	reHedge = lazyRegexp(`\b(?:normally|usually|generally|typically|ordinarily|mostly|largely|mainly|primarily|predominantly|customarily|habitually|as a (?:general )?rule|in (?:most|many|the majority of|nearly all|almost all) (?:cases|instances|circumstances|situations)|in general|in principle|for the most part|by and large|where (?:possible|practicable|feasible)|as far as (?:possible|practicable|we can)|wherever (?:possible|practicable))\b`)
	reOwnNotice = lazyRegexp(`\b(?:has|have|with|under) (?:its|their|a) own (?:\S+ ){0,2}(?:notice|policy|statement)s?\b|\b(?:covered|governed) by (?:a |an )?(?:separate|different|its own|their own|another) (?:\S+ ){0,2}(?:notice|policy|statement)s?\b`)
	reUKPostcode = lazyRegexp(`\b[a-z]{1,2}[0-9][a-z0-9]? ?[0-9][a-z]{2}\b`)
	reAddressUnit = lazyRegexp(`,? ?\b(?:suite|ste|floor|fl|unit|room|apt|apartment|building|bldg|level|office)\.? ?(?:no\.? ?)?#?[0-9][0-9a-z-]*\b|,? ?\b(?:[0-9]+(?:st|nd|rd|th)|first|second|third|fourth|fifth|ground|top) floor\b`)
	// "used for one purpose only, X" limits the use as "used only for
	// X" does: the count of one says what "only" says (rule M3).
	reSoleCount = lazyRegexp(`\bonly (?:for )?(?:one|a single) (?:purpose|reason|use|thing|goal|aim)\b|\b(?:one|single) (?:purpose|reason|use|thing|goal|aim),? (?:only|alone)\b`)
	reNoneElse = lazyRegexp(`\b(?:nobody|no one|no-one|nothing|nowhere) else\b|\bno other (?:one|party|parties|person|people|recipients?|purposes?|company|companies|organi[sz]ations?)\b`)
	// "(see "Choices for parents")": a pointer set aside in brackets.
	reListedBelow = lazyRegexp(`\b([a-z]+),? (?:listed|described|set out|named|shown) (?:below|here|in this section)\b`)
	reQuotedPointer = lazyRegexp(`,? ?(?:as )?(?:described|explained|set out|detailed|listed) (?:under|in) ["“'‘][^"”'’]+["”'’]`)
	reSeeAside = lazyRegexp(`\s*\((?:please )?(?:see|read|more in|details in|as explained in) [^()]*\)`)
	reClause = lazyRegexp(`, (?:and|but) |; `)
	reDuration = lazyRegexp(`\b\d+(?:[ -](?:business |calendar )?)(?:days?|weeks?|fortnights?|months?|years?|hours?|minutes?)\b`)
	reDateLine = lazyRegexp(`^(?:this (?:privacy )?(?:notice|policy|statement) (?:was )?(?:last )?(?:updated|revised|modified|effective)|last (?:updated|revised|modified|reviewed|changed)|effective(?: date| as of| from| on)?|date of last revision|updated|version date|revised|published)\b`)
	reAnnouncement = lazyRegexp(`\b(?:we've|we have|we|has been|have been|was|were) (?:recently )?(?:updated|revised|refreshed|changed|made (?:some )?changes to) (?:our|this|the)? ?(?:privacy )?(?:policy|notice|statement)\b`)
	navLines = set("back to top", "back to the top", "return to top", "top of page", "go to top", "table of contents",
		"contents", "skip to content", "skip to main content", "print", "print this page", "jump to", "on this page",
		"in this notice", "in this policy", "show more", "show less", "read more", "expand all", "collapse all",
		"view all legal agreements")
	legalSuffixes = []string{"Inc", "Ltd", "LLC", "LLP", "L.P", "LP", "PLC", "plc", "GmbH", "AG", "B.V", "BV", "N.V", "NV",
		"S.A", "SA", "SAS", "SARL", "S.à r.l", "SRL", "S.r.l", "SpA", "S.p.A", "Oy", "AB", "A/S", "ApS", "K.K", "KK", "Pty",
		"Pte", "Corp", "Corporation", "Co", "Company", "Limited", "Incorporated", "S.L", "SL", "Kft", "s.r.o", "sp. z o.o",
		"UG", "KG", "SE", "ULC", "Lda", "Ltda", "BVBA"}
	quoted := make([]string, len(legalSuffixes))
	var initials []byte
	for i, x := range legalSuffixes {
		quoted[i] = regexp.QuoteMeta(x)
		if bytes.IndexByte(initials, x[0]) < 0 {
			initials = append(initials, x[0])
		}
	}
	legalInitials = string(initials)
	reEntity = lazyRegexp(`((?:[A-Z][\w&.'-]*,? (?:&|and|of|de|der|du|la|le )?){1,5})(` + strings.Join(quoted, "|") + `)\b\.?`)
	calendarWords = set("january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
		"dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
	negations = set("not", "no", "never", "none", "nor", "nothing", "neither", "non", "refuse", "refuses",
		"decline", "declines", "prohibit", "prohibits", "prohibited", "forbid", "forbids", "forbidden")
	refusals = set("refuse", "refuses", "decline", "declines")
	possibility = set("may", "might", "could", "attempt", "attempts", "try", "tries", "endeavor",
		"endeavors", "endeavour", "endeavours", "strive", "strives", "aim", "aims")
	commitment = set("will", "must")
	restrictive = set("only", "solely", "exclusively", "unaffiliated", "explicit", "express", "expressly",
		"affirmative", "affirmatively", "strictly", "verifiable", "separate", "annual", "annually", "regularly",
		"periodically", "daily", "weekly", "monthly", "quarterly", "yearly", "always", "promptly", "independent",
		"anonymized", "aggregated", "aggregate", "de-identified", "pseudonymized", "minimum", "maximum")
	stop = set("a", "an", "the", "and", "or", "but", "so", "as", "than", "that", "which", "who", "whom", "whose",
		"this", "these", "those", "there", "it", "its", "they", "them", "their", "we", "us", "our", "you", "your",
		"is", "are", "be", "been", "being", "was", "were", "has", "have", "had", "do", "does", "did", "of", "to",
		"in", "on", "at", "by", "for", "from", "with", "into", "also", "then", "such", "i", "me", "my", "he",
		"she", "his", "her", "what", "here", "am", "shall", "would", "should")
	universal = set("all", "any", "every", "each", "always", "everyone", "anyone")
	partial = set("some", "most", "many", "certain", "selected", "few", "several", "limited", "sometimes")
	exceptions = set("except", "unless", "without", "excluding", "exempt")
	timing = set("before", "prior", "advance", "sooner", "immediately")
	glue = set(
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
		// "Yet" says "currently" after a negation ("no standard exists
		// yet") and "but" between clauses; "exists" is the "is" of "there
		// is": "no standard exists" says "there is no standard".
		"yet", "exist", "exists", "existed",
		// Connectives that say one statement follows from another ("Accordingly, if you play from
		// abroad ...") join statements; they state no practice.
		"accordingly", "therefore", "consequently", "thus", "hence",
		"one's", "someone", "anyone", "everyone", "something", "anything", "everything", "thing", "things",
		"kind", "kinds", "type", "types", "form", "forms", "sort", "part", "parts", "order", "behalf",
		"regarding", "concerning", "related", "relating", "relation", "respect", "accordance", "pursuant",
		"term", "terms", "page", "section", "let", "lets", "see", "note", "aware", "learn", "read", "least",
		"day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minute", "minutes",
		"describe", "describes", "explain", "explains", "tell", "tells", "mean", "means", "using", "use's",
	)
	entitySuffixes = set("inc", "ltd", "llc", "llp", "lp", "plc", "gmbh", "ag", "bv", "b.v", "nv", "n.v", "sa",
		"s.a", "sas", "sarl", "srl", "s.r.l", "spa", "s.p.a", "oy", "ab", "as", "aps", "kk", "k.k", "pty", "pte",
		"corp", "corporation", "co", "company", "limited", "incorporated", "sl", "s.l", "kft", "sro", "s.r.o",
		"sp", "z.o.o", "ug", "kg", "se", "ulc", "lda", "ltda", "bvba", "nl")
	frameworks = []string{"safe harbor", "privacy shield", "data privacy framework", "dpf",
		"standard contractual clauses", "sccs", "scc", "binding corporate rules", "bcr", "bcrs",
		"adequacy decision", "uk addendum", "uk extension", "swiss-u.s", "cbpr", "cross-border privacy rules",
		"international data transfer agreement", "idta", "apec"}
	places = set(
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
	demonyms = map[string][]string{
		"irish": {"ireland"}, "british": {"uk", "britain"}, "english": {"england"}, "scottish": {"scotland"},
		"welsh": {"wales"}, "french": {"france"}, "german": {"germany"}, "dutch": {"netherlands"},
		"belgian": {"belgium"}, "spanish": {"spain"}, "italian": {"italy"}, "portuguese": {"portugal"},
		"swiss": {"switzerland"}, "austrian": {"austria"}, "swedish": {"sweden"}, "danish": {"denmark"},
		"norwegian": {"norway"}, "finnish": {"finland"}, "polish": {"poland"}, "czech": {"czechia"},
		"greek": {"greece"}, "hungarian": {"hungary"}, "romanian": {"romania"}, "bulgarian": {"bulgaria"},
		"croatian": {"croatia"}, "estonian": {"estonia"}, "latvian": {"latvia"}, "lithuanian": {"lithuania"},
		"slovak": {"slovakia"}, "slovenian": {"slovenia"}, "maltese": {"malta"}, "cypriot": {"cyprus"},
		"icelandic": {"iceland"}, "luxembourgish": {"luxembourg"}, "american": {"usa", "america"},
		"canadian": {"canada"}, "mexican": {"mexico"}, "brazilian": {"brazil"}, "argentinian": {"argentina"},
		"chilean": {"chile"}, "colombian": {"colombia"}, "indian": {"india"}, "chinese": {"china"},
		"japanese": {"japan"}, "korean": {"korea"}, "australian": {"australia"}, "singaporean": {"singapore"},
		"filipino": {"philippines"}, "philippine": {"philippines"}, "vietnamese": {"vietnam"}, "thai": {"thailand"},
		"malaysian": {"malaysia"}, "indonesian": {"indonesia"}, "israeli": {"israel"}, "turkish": {"turkey", "türkiye"},
		"ukrainian": {"ukraine"}, "emirati": {"uae", "emirates"}, "african": {"africa"},
		"asian": {"asia"}, "californian": {"california"}, "texan": {"texas"}, "european": {"europe", "eu"},
	}
	practice = map[string]string{
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
		"precise": "collection", "approximate": "collection", "sensitive": "collection", "inferences": "collection", "inference": "collection",
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
		"buyers": "sharing", "purchaser": "sharing", "purchasers": "sharing", "successor": "sharing",
		"successors": "sharing", "acquirer": "sharing", "acquirers": "sharing", "authorities": "sharing",
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
		"vulnerability": "security", "vulnerabilities": "security", "scan": "security", "scans": "security",
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
	antonyms = map[string]string{
		"optin": "optout", "optout": "optin", "enable": "disable", "disable": "enable", "enabled": "disabled",
		"disabled": "enabled", "allow": "block", "block": "allow", "allowed": "blocked", "blocked": "allowed",
		"include": "exclude", "exclude": "include", "included": "excluded", "excluded": "included",
		"public": "private", "private": "public", "on": "off", "off": "on", "before": "after", "after": "before",
		"increase": "decrease", "decrease": "increase", "accept": "reject", "reject": "accept", "grant": "deny",
		"deny": "grant", "permit": "forbid", "forbid": "permit", "mandatory": "optional", "optional": "mandatory",
		"required": "optional", "voluntary": "mandatory", "identifiable": "anonymous", "anonymous": "identifiable",
		"encrypted": "unencrypted", "unencrypted": "encrypted", "first": "third", "third": "first",
		"earlier": "later", "later": "earlier", "shorter": "longer", "longer": "shorter", "fewer": "more",
		"free": "fee", "fee": "free",
	}
	weakPractice = set("contact", "contacts", "content", "message", "messages", "request", "requests", "access",
		"review", "object", "ask", "asks", "settings", "default", "effect", "change", "changes", "update", "store",
		"stored", "located", "source", "sources", "agree", "choose", "choice", "choices", "name", "address", "device",
		"public", "publicly", "provider", "providers", "model", "free", "copy", "verify", "respond", "purpose",
		"purposes", "protect", "secure", "security", "keep", "kept", "delete", "deleted", "share", "shared", "sharing",
		"disclose", "disclosed", "disclosure", "third", "third-party", "network", "networks", "signal", "signals",
		"session", "screen", "card", "history", "search", "social", "face", "voice", "video", "class", "published",
		"operated", "owned", "applies-to", "region", "country", "countries", "transfer", "transferred",
		"permission", "withdraw", "notifications", "analyze", "improve", "personalize", "personalized",
		"commercial", "offers", "ads", "ad", "interests", "preferences", "notify", "key", "track")
	categoryCues = map[string][]string{
		"collection":    {"collect", "collected", "collection", "obtain", "receive", "gather", "gathered", "provide us", "information we", "we ask for", "request"},
		"use":           {"use ", "used ", "uses ", "purpose", "advertis", "profile", "personaliz", "marketing", "research", "trends", "train", "analy", "improve"},
		"sharing":       {"share", "disclos", "sell", "sold", "sale", "partner", "third part", "affiliate", "vendor", "provider", "recipient", "authorit", "broker", "advertising network", "installer", "buyer"},
		"retention":     {"retain", "retention", "keep", "kept", "delet", "how long", "backup", "closed account"},
		"security":      {"secur", "protect", "encrypt", "safeguard", "breach", "firewall", "audit"},
		"choice":        {"consent", "opt in", "opt-in", "opted in", "opt out", "opt-out", "opted out", "unsubscribe", "choice", "choose", "allow", "preference", "notification", "turn off", "marketing"},
		"access":        {"right", "access", "correct", "update", "delete", "portab", "request", "respond", "fee", "charge", "discriminat", "appeal", "agent", "review"},
		"children":      {"child", "kid", "minor", "parent", "age ", "under 1", "junior", "teen", "younger", "older", "guardian"},
		"international": {"transfer", "countr", "server", "stored", "store ", "region", "international", "framework", "safe harbor", "privacy shield", "contractual clauses", "located", "access from", "outside the", "abroad", "overseas"},
		"tracking":      {"cookie", "beacon", "pixel", "tag", "sdk", "track", "do not track", "dnt", "gpc", "global privacy control", "advertising identifier", "identifier"},
		"controller":    {"controller", "representative", "responsible for", "made by", "published by", "operated by", "company", "entity"},
		"disputes":      {"dispute", "arbitrat", "court", "governed", "law", "venue", "complaint", "jurisdiction", "resolution", "class action", "waiv"},
		"policy-change": {"amend", "change", "changes to this", "take effect", "takes effect", "updated", "notify you", "posting", "revis"},
		"other":         {"applies", "apply to", "covers", "cover ", "scope", "definition", "we use the term", "consider personal information", "personal information to include", "user communications", "licen"},
	}
	// A sentence that only points to another part of the notice: "Section
	// 5 explains how we use it", "For details, see section 7."
	reCrossRef = lazyRegexp(`^(?:(?:please )?(?:see|read|refer to) )?(?:section|paragraph|clause|part) \d+(?:\.\d+)*(?: (?:above|below))? (?:explains|describes|sets out|says|tells you|covers|details|lists|has more on|gives more on)\b|^(?:for (?:more|further|full) (?:information|details)\b[^;,]*, )?(?:please )?(?:see|read|refer to) (?:section|paragraph|clause|part) \d+(?:\.\d+)*(?: (?:above|below))?\.?$`)
	// A sentence that only says where in the notice a term is defined:
	// "The term "member" is defined in the Glossary at the end of this
	// notice."
	reTermPointer = lazyRegexp(`^(?:the (?:terms?|words?|phrases?|expressions?) )?"[^"]{1,40}"(?:,? (?:and|or) "[^"]{1,40}")? (?:is|are) (?:defined|explained) in (?:the )?(?:glossary|definitions(?: section)?|(?:section|paragraph|clause|part) \d+(?:\.\d+)*)(?: (?:below|above|at the end(?: of (?:this|the|our) (?:privacy )?(?:notice|policy|statement))?))?\.?$`)
	// The object of a plain clause of what we do or do not do, led by a
	// determiner and holding no preposition: "we do not sell (your
	// personal information)".
	reClauseObject = lazyRegexp(`^we (?:(?:do|does|will|shall|can|may|would|could) )?(?:not |never )?[a-z]+ ((?:your|our|their|the|any|all|this|these|such) (?:[a-z'-]+ ){0,3}[a-z'-]+)$`)
	// "Ads are contextual only" and "every ad is contextual": a noun, and
	// the one word said of it, closing the clause.
	reOnlyPredicate = lazyRegexp(`\b([a-z]+) (?:is|are) ([a-z-]+) only(?:[.;:,]| and | but |$)`)
	reUniversalPredicate = lazyRegexp(`\b(?:every|each|all) ([a-z]+) (?:is|are) ([a-z-]+)(?:[.;:,]| and | but |$)`)
	// A sentence that only says what the notice or the sections after it
	// explain: "The sections below explain what we collect and how we
	// use it."
	reDetailsBelow = lazyRegexp(`^(?:the (?:sections?|parts?|paragraphs?) (?:below|that follow)|(?:the )?(?:sections?|parts?) of this (?:privacy )?(?:notice|policy|statement)) (?:give|gives|provide|provides|contain|contains|set out|sets out|have|has) (?:the |more |further |full )?(?:details?|information|specifics)[.]?$`)
	reOverview = lazyRegexp(`^(?:the (?:sections?|parts?|paragraphs?) (?:below|that follow)|this (?:privacy )?(?:notice|policy|statement)(?: below)?) (?:explains?|describes?|sets? out|tells? you) (?:what|how|which|when|why|where|who|your|our)\b|^(?:your |our |the )?[a-z ,-]+ (?:is|are) (?:explained|described|set out) (?:under|in) [a-z ,'-]+ (?:below|above)[.]?$`)
	reLawEnforcement = lazyRegexp(`\blaw[ -]enforcement\b`)
	reAgeGroup = lazyRegexp(`\bage (?:group|range|band|bracket)s?\b`)
	reDefinedTerm = lazyRegexp(`\((?:the |each a |each an |each |an? )?"([a-z][a-z0-9 '-]{1,40}[a-z0-9])"\)`)
	reQuotedTerm = lazyRegexp(`"([a-z][a-z0-9 '-]{1,40}[a-z0-9])"`)
	reItemRef = lazyRegexp(`\b(items?) \d+(?:(?: ?(?:-|–) ?| to | through |, | and |, and )\d+)*\b`)
	reItemSep = lazyRegexp(`\d+|-|–|\bto\b|\bthrough\b`)
	reItemNumber = lazyRegexp(`^\s*(\d+)[.)]\s`)
	reBackRef = lazyRegexp(`\b(?:this|that|the same|such an?|such) (?:age(?: group| range| bracket| band)?|period|time limit|deadline)\b`)
	reScopeStatement = lazyRegexp(`\bthis (?:privacy )?(?:notice|policy|statement) (?:explains|describes|sets out|covers|applies)\b|\b(?:notice|policy|statement) (?:applies|does not apply) to\b`)
	// A clause that only says what a term of its sentence includes.
	reIncludes = lazyRegexp(`^(?:and |but )?(?:(?:that|this|which|these|it|they) (?:also )?(?:includes?|covers?)|including) (.+?)\.?$`)
	legalForms = map[string]string{"co": "company", "corp": "corporation", "inc": "incorporated", "ltd": "limited"}
	canonicalPhrases = []canonicalPhrase{
		phrase(wholeWord("can't", "cannot", "can not"), `\bcan't\b|\bcannot\b|\bcan not\b`, "not"),
		phrase(wholeWord("won't"), `\bwon't\b`, "will not"),
		phrase(wholeWord("shan't"), `\bshan't\b`, "shall not"),
		phrase(anyOf("n't"), `\b(do|does|did|is|are|was|were|has|have|had|should|would|could|must|need)n't\b`, "$1 not"),
		// "Nobody" is "no one" (E7): "nobody needs an account" denies
		// what "no one needs an account" denies, and "nobody else" says
		// "only" as "no one else" does.
		phrase(wholeWord("nobody", "no-one"), `\bnobody\b|\bno-one\b`, "no one"),
		// Negative forms that say the same as "not" (rule M1 compares
		// polarity after this): "are unable to", "is not able to", "will not
		// be able to" deny what "cannot" denies.
		phrase(wholeWord("able to", "unable to"), `\b(?:will not be|(?:is|are|am|was|were|be|being) not|not) able to\b|\b(?:(?:is|are|am|was|were|be|being) )?unable to\b`, "not"),
		// "No advertising of any kind" denies what "no advertising" denies.
		// "(X, among other things)" is a list as open as "including X", and
		// so is one led by "among other things, ..." or hedged "(but may
		// not be limited to)": "may include (but is not limited to): X" is
		// "may include: X", and so is "may include, without limitation:
		// X" (no exception: nothing is excepted from it).
		phrase(anyOf("of any kind", "of any sort", "whatsoever", "other things", "limited to", "without limitation"), ` ?\b(?:of any (?:kind|sort)|whatsoever)\b|,? \bamong(?:st)? other things\b|^among(?:st)? other things,? |,? ?\(?\bbut (?:(?:is|are|may|shall|will) )?not (?:be )?limited to\b\)?,?|,? ?\(?\bwithout limitation\b\)?,?`, ""),
		// Bounds written with a negation are bounds, not denials: "no
		// later than 30 days" is "within 30 days", "not less than" is "at
		// least".
		// "No later than 30 days before" a date is "at least 30 days
		// before" it: the bound is on how early, not how late.
		phrase(anyOf("later than"), `\b(?:no|not) later than ((?:\S+ ){1,2}(?:business |calendar )?(?:days?|weeks?|months?|hours?)) (before|prior to|in advance of|ahead of)\b`, "at least $1 $2"),
		phrase(anyOf("later than", "more than", "a maximum of"), `\b(?:no|not) (?:later|more) than\b|\ba maximum of\b`, "within"),
		phrase(anyOf("less than", "fewer than", "sooner than", "earlier than", "a minimum of"), `\b(?:no|not) (?:less|fewer|sooner|earlier) than\b|\ba minimum of\b`, "at least"),
		// A disjunction of "all" with a partial quantifier covers the same
		// set however it is written (rule E7): "some or all", "all or part".
		phrase(anyOf(" or all", "all or ", "whole or "), `\b(?:some|any|part|any part|a part|a portion|any portion|portions) or all\b|\ball or (?:some|any|part|any part|a part|a portion|any portion|portions)(?: thereof)?\b|\bin whole or in part\b|\bwhole or (?:in )?part\b`, "allorpart"),
		phrase(anyOf("'ll"), `\b(we|you|they)'(ll)\b`, "$1 will"),
		// In the first person "shall" is the "will" of formal English:
		// "we shall attempt to respond" promises what "we will attempt
		// to respond" does. ("The agreement shall be governed" only
		// states the law, and stays.)
		phrase(wholeWord("we shall"), `\bwe shall\b`, "we will"),
		// "On the basis of" is "based on" (E7).
		phrase(anyOf("on the basis of"), `\bon the basis of\b`, "based on"),
		// "Based on X alone" is "based solely on X".
		phrase(anyOf(" alone"), `\bbased on ((?:[a-z'-]+ ){0,6}?[a-z'-]+) alone\b`, "based solely on $1"),
		phrase(anyOf("'re"), `\b(we|you|they)'(re)\b`, "$1 are"),
		phrase(anyOf("'ve"), `\b(we|you|they)'(ve)\b`, "$1 have"),
		// What "you will find" in the notice is there (E7): "you will find
		// a short version at the end" says "there is a short version at
		// the end"; the "will" promises nothing.
		phrase(anyOf("you will find"), `\byou will find\b`, "there is"),
		phrase(anyOf("e-mail"), `\be-mail`, "email"),
		// One route written as a verb or a noun (E7): "by calling us" is "by
		// phone".
		phrase(anyOf("by call", "by phon", "by teleph"), `\bby (?:calling|phoning|telephoning) us\b|\bby telephone\b`, "by phone"),
		// So is the imperative: "call us at ..." gives the route "by
		// calling us at ..." gives.
		phrase(wholeWord("call us", "phone us", "telephone us", "ring us"), `\b(?:call|phone|telephone|ring) us\b`, "phone us"),
		// And so is "call" put straight before the number: "call 555-0100"
		// and "by calling 555-0100" are "call us at 555-0100".
		phrase(anyOf("call", "phone", "ring "), `\b(?:by calling|call|phone|telephone|ring) (?:at |on )?(\+?\(?\d)`, "phone us at $1"),
		// A pointer to another part of the notice names no practice (E4):
		// "as stated above", "as already stated" and "as explained in the
		// Collection section" point alike.
		phrase(anyOf("as stated", "as explained", "as described", "as noted", "as mentioned", "as set out", "as already", "as previously"),
			`\bas (?:already |previously )?(?:stated|explained|described|noted|mentioned|set out)(?: (?:above|earlier|previously|before))?(?: in (?:the [a-z]+(?: [a-z]+)? section|section \d+))?,`, "as stated above,"),
		// An effort is a try (E7): "in an effort to reduce" is "to try to
		// reduce", the same hedge.
		phrase(anyOf("in an effort to", "in an attempt to"), `\bin an (?:effort|attempt) to\b`, "to try to"),
		phrase(anyOf("opt in", "opt-in", "opts in", "opts-in", "opted in", "opted-in", "opting in", "opting-in"), `\b(?:opt|opts|opted|opting)[ -](in|into)\b|\bopt-in\b`, "optin"),
		phrase(anyOf("opt out", "opt-out", "opts out", "opts-out", "opted out", "opted-out", "opting out", "opting-out"), `\b(?:opt|opts|opted|opting)[ -]out\b|\bopt-out\b`, "optout"),
		phrase(wholeWord("able to", "ability to", "capacity to", "option to"), `\b(?:have|has|having) the (?:ability|capacity|option) to\b|\b(?:be|are|is|being) able to\b|\bable to\b`, "can"),
		// "You are free to withdraw" grants what "you can withdraw" does;
		// a thing "free to play" costs nothing, so only people are free to.
		phrase(wholeWord("free to"), `\b(you|they|users|members|customers|parents|players) (?:are|remain) free to\b`, "$1 can"),
		// A permission is "may" however it is written (E7): "they are
		// allowed to use it only to" permits what "they may use it only
		// to" does. (Denied, "are not allowed to" is read as the ban "we
		// do not allow them to" is.)
		phrase(anyOf("allowed to", "permitted to"), `\b(?:is|are) (?:allowed|permitted) to\b`, "may"),
		phrase(anyOf("free of charge", "no cost", "no charge", "without charge", "without cost", "without fee", "without any ", "nothing", "for free", "not charge", "no fee"), `\bfree of charge\b|\bat no (?:cost|charge)\b|\bwithout (?:any )?(?:charge|cost|fee)\b|\bcosts? (?:you )?nothing\b|\bno (?:cost|charge|fees?)\b|\bfor free\b|\bnot charge (?:you )?(?:a|any)? ?fees?\b`, "free"),
		// Calendar days are days (E6): "30 calendar days" is "30 days".
		phrase(anyOf("calendar "), `\bcalendar (days?|weeks?|months?|years?)\b`, "$1"),
		phrase(anyOf("prior to", "in advance of", "ahead of"), `\bprior to\b|\bin advance of\b|\bahead of\b`, "before"),
		phrase(anyOf("the age of", "younger than", "under age", "below age"), `\b(?:under|below|younger than|less than) the age of\b|\byounger than\b|\bunder age\b|\bbelow age\b`, "under"),
		phrase(anyOf("the age of", "older than"), `\b(?:over|above|older than) the age of\b|\bolder than\b`, "over"),
		phrase(anyOf("and older", "and over", "and above", "or older", "or over", "or above", "or more years old"), `\b(?:and|or) (?:older|over|above)\b|\bor more years old\b`, "orolder"),
		// Where someone roughly is, however it is put, is location data
		// (E7, M5): "the player's approximate region" is "the player's
		// approximate location".
		phrase(anyOf("approximate", "general ", "coarse", "rough"), `\b(approximate|general|coarse|rough) (?:region|area|whereabouts|geographic area|geographical area)\b`, "$1 location"),
		// Where a data item comes from is the same however it is put (E7):
		// "approximate location, which we work out from your IP address"
		// is "approximate location based on your IP address".
		phrase(anyOf("work out from", "worked out from", "derive", "infer", "estimate", "calculate"), `,? (?:which|that) (?:we (?:work out|derive|infer|estimate|calculate)|(?:is|are) (?:worked out|derived|inferred|estimated|calculated)) from\b|\b(?:worked out|derived|inferred|estimated|calculated) from\b`, " based on"),
		// "Keep your real name out of your nickname" forbids what "do not
		// put your real name in your nickname" forbids (E7): a denial.
		phrase(wholeWord("keep"), `\bkeep ((?:[\w'-]+ ){0,5}?[\w'-]+) out of\b`, "do not put $1 in"),
		// "Whenever you like" is "at any time" (E7); a "whenever you want
		// to ..." that goes on is a condition, left alone.
		phrase(anyOf("whenever you"), `\bwhenever you (?:like|wish|please|choose|want)([,;]|$)`, "at any time$1"),
		phrase(anyOf("european economic area"), `\beuropean economic area\b`, "eea"),
		phrase(anyOf("european union"), `\beuropean union\b`, "eu"),
		phrase(anyOf("united kingdom", "u.k"), `\bunited kingdom\b|\bu\.k\.?(?:\s|$)`, "uk "),
		// "The US" is the country, never the pronoun "us" (E6): "in the
		// US" is "in the United States".
		phrase(anyOf("united states", "u.s", "the us"), `\bunited states(?: of america)?\b|\bu\.s\.a?\.?(?:\s|$)|\b(the )us\b`, "${1}usa "),
		phrase(anyOf("third part", "third-part"), `\bthird[ -]part(?:y|ies)\b`, "third-party"),
		phrase(anyOf("in other countries", "elsewhere in the world", "around the world", "worldwide"), `\bin other countries\b|\belsewhere in the world\b|\baround the world\b|\bworldwide\b`, "elsewhere"),
		// "Serve you as well as possible" is "best serve you" (E7): the
		// "as well as" of a degree joins nothing.
		phrase(anyOf("as well as possible", "as well as we can"), `\bas well as (?:possible|we can)\b`, "best"),
		phrase(anyOf("as well as", "in addition to", "plus"), `\bas well as\b|\bin addition to\b|\bplus\b`, "and"),
		phrase(anyOf("no longer"), `\bno longer\b`, "not"),
		// What the law requires is the same written actively or passively
		// (E7): "when the law requires it" is "when required by law". A clause
		// that goes on with what we must do ("when the law requires us to
		// disclose it") is left alone.
		phrase(anyOf("law"), `\b(where|when|if|as|to the extent) (?:(?:the|applicable|local) )?laws? requires?(?: (?:it|this|that|so|us to do so))?([,;.]|$)|\b(where|when|if|as|to the extent) required by (?:(?:the|applicable|local) )?laws?([,;.]|$| or | and )`, "$1$3 required by law$2$4"),
		// Information "the law requires us to give them" is information
		// given when required by law (E7): the clause says which
		// information and when, not a promise of ours. It goes before
		// "requires us to" below.
		phrase(anyOf("requires us to", "require us to"), `\b(information|data|details|records)(?: that| which)? (?:(?:the|applicable|local) )?laws? requires? us to (?:give|provide|disclose|share|hand over|supply|report)(?: (?:to )?(?:them|it))?\b`, "$1 when required by law"),
		// What a law "requires us to" do we must do (E7): "California law
		// requires us to state" is "under California law, we must state".
		phrase(anyOf("requires us to", "require us to", "obliges us to", "oblige us to", "obligates us to", "obligate us to"), `\b(?:requires?|obliges?|obligates?) us to\b`, "we must"),
		// So is what "we are required to" do: "when we are required to do
		// so by law" is "when the law requires us to", and so is "when we
		// are required by law to do so".
		phrase(anyOf("are required to"), `\bwe are required to\b`, "we must"),
		phrase(anyOf("are required by"), `\bwe are required by ((?:(?:the|applicable|local) )?laws?) to\b`, "we must by $1"),
		phrase(allOf("under ", " we must"), `\bunder ((?:[\w-]+ ){0,2}?(?:law|laws|rules|regulations|legislation|statutes?)),? we must\b`, "$1 we must"),
		// "Nor do we share it" denies what "we do not share it" denies
		// (E7): a denial joined to the one before it.
		phrase(anyOf("nor ", "neither "), `(^|, |; )(?:nor|neither) (do|does|did|will|would|can|may|shall|should|are|is|have|has) (we|they|you|it|he|she) `, "${1}$3 $2 not "),
		phrase(allOf("let ", " know"), `\blet (\w+) know\b`, "notify $1"),
		phrase(wholeWord("let", "lets"), `\blets?\b`, "allow"),
		// Every form of the verb: "without telling us" is "without
		// informing us", and keeps its "-ing" for the "without" that
		// denies it.
		phrase(wholeWord("informing", "telling"), `\binforming\b|\btelling\b`, "notifying"),
		phrase(wholeWord("inform", "informs", "informed", "tell", "tells", "told"), `\binform(?:s|ed)?\b|\btell(?:s)?\b|\btold\b`, "notify"),
		// What "we learn from" a source, the source tells us (E7): "we
		// learn from our delivery partners when an order arrives" is
		// "delivery partners tell us when an order arrives".
		phrase(anyOf("learn from", "hear from"), `\bwe (?:learn|hear) from ((?:[\w'-]+ ){0,3}?[\w'-]+) (when|whether|if|that)\b`, "$1 notify us $2"),
		// A frequency is an interval (E6): "twice a year" is "every six
		// months", "every quarter" is "every three months".
		phrase(anyOf("twice"), `\btwice (?:a|per|each|every) year\b`, "every 6 months"),
		phrase(anyOf("quarter"), `\b(?:every|each|once a|once per|once every|per) quarter\b`, "every 3 months"),
		phrase(anyOf(" year", "annual", "yearly"), `\b(?:every|each|once a|once per|once every|per) year\b|\bannual\b|\byearly\b`, "annually"),
		phrase(anyOf(" month", "monthly"), `\b(?:every|each|once a|per) month\b|\bmonthly\b`, "monthly"),
		// An exception stated as a sentence of its own is the same
		// exception (E7): "It covers all data. The exception is X." says
		// "it covers all data, except X".
		phrase(anyOf("exception"), `^the (?:one |only |sole )?exceptions? (?:is|are|to this is|to this are) `, "except "),
		phrase(anyOf("other than", "excluding", "except for", "with the exception of", "save for", "apart from"), `\bother than\b|\bexcluding\b|\bexcept for\b|\bwith the exception of\b|\bsave for\b|\bapart from\b`, "except"),
		// "Nothing beyond X" and "nothing more than X" give X and no more,
		// as "nothing except X" does (read as "only X"): the same limit
		// written as a denial (E7).
		phrase(anyOf(" beyond", " besides", " more than"), `\b(nothing|no one)(?: else)? (?:beyond|besides|more than)\b`, "$1 except"),
		phrase(allOf("not ", "any"), `\bnot (\w+ )?(?:any|anything)\b`, "not $1"),
		// An age requirement put on the user or on who may act says the same
		// (E7): "you must be 18 or older to buy" = "only adults (18 and
		// over) may buy" = "only users aged 18 or older can buy".
		phrase(anyOf("must be", "need to be", "only"), `\byou (?:must|need to) be (?:at least )?(\d+)(?: years old| years of age)?(?: orolder)? to\b|\bonly (?:adults|users|people|persons|individuals|those|customers|members|players)(?: aged| who are)? \(?(?:at least )?(\d+)(?: years old| years of age)?(?: orolder)?\)? (?:may|can)\b`, "only users aged $1$2 orolder may"),
		// A pointer to another section ("as section 3 says, ...", "(see
		// section 6)") restates; it adds nothing to what the sentence says
		// (E8).
		// A section may be pointed to by its name: "as the Ads section
		// explains, ..." restates what "as section 5 explains" does.
		phrase(anyOf("section", "paragraph", "clause"), `\bas (?:(?:is )?(?:noted|stated|described|explained|set out|mentioned) (?:in|under|at) )?(?:section|paragraph|clause) \d+(?:\.\d+)*(?: (?:says|states|explains|describes|notes|sets out))?,? ?|\bas (?:(?:is )?(?:noted|stated|described|explained|set out|mentioned) in )?the (?:[a-z][\w'-]* ){1,3}section(?: (?:says|states|explains|describes|notes|sets out))?, ?| ?\((?:please )?(?:see|read|refer to|(?:as )?(?:described|explained|set out|detailed) in|(?:more|details|more details) in) (?:"[^"()]{1,40}" in )?(?:section|paragraph|clause) \d+(?:\.\d+)*(?: (?:above|below))?\)`, ""),
		// So does a pointer to the notice's other parts in general: "as
		// explained above", "as we said earlier".
		phrase(anyOf("above", "below", "earlier", "previously", "elsewhere in this"), `\bas (?:(?:is |was |we (?:have )?)?(?:already )?(?:noted|stated|described|explained|set out|mentioned|said)) (?:above|below|earlier|previously|elsewhere in this (?:notice|policy|statement))\b,? ?`, ""),
		// An age is the same however it is written (E6): "at least 16
		// years old" is "16 orolder", "aged 16" and "16 years of age" are
		// "16".
		phrase(anyOf("year old", "years old", "year of age", "years of age"), `\bat least (`+ageNumber+`) years? (?:old|of age)\b(?: orolder)?`, "$1 orolder"),
		phrase(anyOf("year old", "years old", "year of age", "years of age"), `\b(`+ageNumber+`) years? (?:old|of age)\b`, "$1"),
		phrase(anyOf("aged "), `\baged (`+ageNumber+`|under|over|orolder)\b`, "$1"),
		// An audience's age limit is the same stated either way round (E6):
		// "not directed to anyone under 16" is "meant for people aged 16
		// and over"; both become "not intended for children under 16".
		phrase(anyOf("intended", "directed", "meant", "designed", "aimed", "targeted"), `\bnot (?:intended|directed|meant|designed|aimed|targeted) (?:to|for|at|towards?) (?:anyone|any person|children|kids|minors|users|people|persons|individuals|visitors) (?:who are )?under (\d+)\b|\b(?:intended|directed|meant|designed|aimed|targeted) (?:to|for|at|towards?) (?:anyone|adults|users|people|persons|individuals|visitors|those) (?:who are )?(\d+) orolder\b`, "not intended for children under $1$2"),
		// A purpose clause written with "let us" says what "so that we
		// can" says (E7): "to let us plan your trip" is "so that we can
		// plan your trip". Only a clause of its own: "you can allow us to"
		// asks the reader's consent.
		phrase(anyOf("to let us", "to allow us", "to enable us", "to permit us"), `(^|, |; )(?:in order )?to (?:let|allow|enable|permit) us (?:to )?`, "${1}so that we can "),
		// So does a clause that says what the thing before it lets us do:
		// "we ask for the address, which lets us ask for consent" is "...
		// so that we can ask for consent".
		phrase(anyOf("which let", "which allow", "which enable", "which permit"), `, which (?:lets?|allows?|enables?|permits?) us (?:to )?`, ", so that we can "),
		phrase(anyOf("so we can", "in order that we can"), `\b(?:so|in order that) we can\b`, "so that we can"),
		// So is one that spares the user a chore (E7): "to save you from
		// (having to) re-enter it" is "so that you do not have to
		// re-enter it"; "save you from" denies the chore as the "not"
		// does, and M1 reads the chore no longer spared.
		// A table cell or list item may open with the verb alone: "Spare
		// you from re-entering your password", also after the row's
		// label ("Sign-in, Save you from ..."). A statement of it, whatever
		// its subject, says the same: "we save you from having to re-enter
		// it" spares the chore as "to save you from" does.
		phrase(anyOf(" you from ", "you do not have to"), `(^|, )(?:save|spare) you from (?:having to )?|\b(?:(?:in order )?to (?:save|spare)|save|spare|saving|sparing|saves|spares) you from (?:having to )?|\bso (?:that )?you do not have to `, "${1}so that you do not have to "),
		// A visit is counted the same either way (E7): "each time you
		// visit our site" is "on each visit to our site".
		phrase(anyOf("time you visit", "visit to"), `\b(?:each|every) time you visit\b|\bon (?:each|every) visit to\b`, "whenever you visit"),
		// A condition that only brings in what the statement acts on
		// restates it (E7): "if you send us a request, we answer it" is
		// "we answer request".
		phrase(func(t string) bool {
			return strings.Contains(t, ", we ") && hasAny(t, "if you", "when you", "whenever you")
		}, `\b(?:if|when|whenever) (?:you|your (?:[\w-]+ ){0,2}?[\w-]+) (?:send|sends|submit|submits|give|gives|provide|provides|transmit|transmits|make|makes)(?: us| to us)? (?:a |an |the |any )?((?:[\w-]+ ){0,4}?[\w-]+), (we (?:[\w-]+ ){0,3}?)(?:it|them)\b`, "$2$1"),
		// "Unresolved" denies what "not resolved" denies (M1 compares
		// polarity after this).
		phrase(anyOf("unres", "unans", "unadd", "unset", "unful", "unproc", "unver", "unconf", "unhan", "unus", "unred", "unspe", "uncla"), `\bun(resolved|answered|addressed|settled|fulfilled|processed|verified|confirmed|handled|used|redeemed|spent|claimed)\b`, "not $1"),
		// What a notice, program or right "excludes" it "does not apply
		// to" and "does not cover" (E7): the same denial.
		phrase(anyOf("not apply to", "exclude"), `\bnot apply to\b|\bexcludes?\b`, "not cover"),
		// A ban lifted by the user's consent is the same ban however the
		// consent is written (E7): "unless you have given your explicit
		// consent, we will not share it" is "we will not share it
		// without your explicit consent".
		phrase(anyOf("unless you"), `\bunless you (?:have )?(?:give|given|gave|provide|provided)(?: us)? (?:your|their) ((?:explicit|express|prior|written|affirmative|verifiable) )?consent\b|\bunless you (?:have )?(?:consent|consented)\b`, "without your ${1}consent"),
		// Figures about a group as a whole are aggregated (E6): "about our
		// user base as a whole" = "in aggregate" = "aggregated"; dropping
		// it lets the figures be about individual users (M3).
		phrase(anyOf("as a whole", "in aggregate", "in the aggregate"), `\b(users?|user base|customers?|visitors?|members?|players?|people|audience|population) as a whole\b|\bin (?:the )?aggregate\b`, "$1 aggregated"),
		// A state's laws are its law (E6): "the laws of the State of
		// Ohio" is "Ohio law".
		phrase(anyOf("laws of the state of", "law of the state of", "laws of the commonwealth of", "law of the commonwealth of"), `\bthe laws? of the (?:state|commonwealth) of ((?:new|north|south|west|rhode) \w+|\w+)\b`, "$1 law"),
		// A condition on what the law allows is the same written as its
		// double negative (E7): "unless the law prohibits it" and "except
		// where forbidden by law" say "where the law allows" and "where
		// permitted by law" say. What the law requires is another
		// condition, left alone.
		phrase(anyOf("law"), `\b(?:unless|except (?:where|when|if|as)) (?:(?:the|applicable|local) )?laws? (?:prohibits?|forbids?|bars?|prevents?)(?: (?:it|this|that|so|us(?: from doing so)?))?\b|\b(?:unless|except (?:where|when|if|as)) (?:prohibited|forbidden|barred|prevented) by (?:(?:the|applicable|local) )?laws?\b|\b(?:where|when|if|as far as|to the extent) (?:(?:the|applicable|local) )?laws? (?:allows?|permits?)(?: (?:it|this|that|so|us to(?: do so)?))?\b|\b(?:where|when|if|as|to the extent) (?:permitted|allowed) by (?:(?:the|applicable|local) )?laws?\b`, "where the law allows"),
		// "Becomes effective" is "takes effect" (E7): "a change becomes
		// effective when it is posted" sets the date "a change takes
		// effect when it is posted" does.
		phrase(anyOf(" effective"), `\b(?:becomes|become|became|becoming) effective\b`, "takes effect"),
	}
	participles = map[string]string{"see": "seen", "view": "viewed", "watch": "watched", "hear": "heard",
		"access": "accessed", "read": "read", "receive": "received", "obtain": "obtained", "use": "used",
		"share": "shared", "disclose": "disclosed", "pass": "passed", "send": "sent", "sell": "sold",
		"rent": "rented", "give": "given", "show": "shown", "transfer": "transferred"}
	viewVerbs = map[string]string{}
	for base := range participles {
		viewVerbs[base] = base
		if strings.HasSuffix(base, "s") || strings.HasSuffix(base, "ch") {
			viewVerbs[base+"es"] = base
		} else {
			viewVerbs[base+"s"] = base
		}
	}
	participleOf = map[string]string{}
	for base, part := range participles {
		participleOf[part] = base
	}
	givingVerbs = set("share", "disclose", "pass", "send", "sell", "rent", "give", "show", "transfer")
	handingVerbs = map[string]bool{}
	for _, w := range []string{"share", "disclose", "disclosure", "pass", "send", "sell", "sale", "rent", "lease", "trade", "give",
		"show", "transfer", "transmit", "provide", "supply", "offer", "license", "lend", "hand", "release", "available"} {
		handingVerbs[stem(lemma(w))] = true
	}
	practiceVerbs = map[string]bool{}
	for _, w := range []string{"collect", "use", "share", "disclose", "sell", "rent", "lease", "trade", "keep", "retain",
		"store", "process", "transfer", "send", "pass", "track", "record", "monitor", "analyse", "analyze", "combine", "link",
		"profile", "publish", "receive", "obtain", "gather", "access", "delete", "erase", "scan", "infer", "target",
		"buy", "transmit", "upload", "capture", "log", "sync", "train", "disclosure", "sale"} {
		practiceVerbs[stem(lemma(w))] = true
	}
}
