package classify

import "strings"

// The vocabularies below are general: they name classes of words that carry
// a privacy notice's promises (materiality guidelines §2 and §4), never the
// wording of one notice.

// negations flip a statement (rule M1). "non" counts because "non-personal
// information" is the negation of "personal information".
var negations map[string]bool

// refusals are the negations that are verbs: what a user does ("unless you
// refuse them") rather than what a statement denies.
var refusals map[string]bool

// possibility modals hedge or permit (rule M2).
var possibility map[string]bool

// commitment modals promise or oblige (rule M2). "shall" is left out: in
// notices it is mostly a legal present tense.
var commitment map[string]bool

// restrictive qualifiers narrow a statement (rule M3).
var restrictive map[string]bool

// stop words are pure function words: their coming and going never
// changes a practice, nor does it count as rewording.
var stop map[string]bool

// quantifiers: swapping a universal one for a partial one changes scope
// (rule M3).
var universal map[string]bool
var partial map[string]bool

// exceptions open a hole in a statement (rule M4).
var exceptions map[string]bool

// timing words of change clauses and deadlines (rule M12).
var timing map[string]bool

// glue words carry no practice of their own; rewrites add and drop them
// freely.
var glue map[string]bool

// entitySuffixes mark a legal entity's name (rule M10).
var entitySuffixes map[string]bool

// frameworks are legal transfer mechanisms (rule M9).
var frameworks []string

// places are countries, regions and US states (rules M8, M11).
var places map[string]bool

// demonyms map a country's or region's adjective to the place words it
// names: "German servers" are servers in Germany (rule E6).
var demonyms map[string][]string

// practice lists the words that name what a notice's promises are about:
// data types and sources, purposes, recipients, places, rights and
// safeguards, each with the category it mostly belongs to. A word of these
// classes added to or dropped from a statement is a material edit (rules
// M5, M7, M13), unless a word of the same category is swapped for it.
var practice map[string]string

// antonyms flip a statement when one replaces the other (rule M1).
var antonyms map[string]string

// weakPractice are practice words too common in plain rewording ("please
// contact us" → "please write to us") to make a swap material on their own;
// they still count when added or dropped outright.
var weakPractice map[string]bool

// viewVerbs map the forms of the verbs of seeing, receiving, using and
// passing on data that an active clause uses ("see", "sees") to their base
// form, and participles maps each base to its past participle (rule M7):
// who does them is who gets the data.
var viewVerbs map[string]string
var participles map[string]string

// givingVerbs are the viewVerbs whose object goes to a recipient named
// after "with" or "to": "we share X with Y".
var givingVerbs map[string]bool

// categoryCues are words in a changed statement, or its section's heading,
// that say what the statement is about (materiality guidelines §4).
var categoryCues map[string][]string

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[strings.ToLower(w)] = true
	}
	return m
}
