package notice

import "encoding/json"

// Impact is the direction of a material change for users (see the
// materiality guidelines, §3). The zero value means "not material".
type Impact string

// Impacts.
const (
	ImpactNone           Impact = ""
	ImpactLessProtective Impact = "less-protective"
	ImpactMoreProtective Impact = "more-protective"
	ImpactNeutral        Impact = "neutral"
)

// MarshalJSON writes ImpactNone as null.
func (i Impact) MarshalJSON() ([]byte, error) {
	if i == ImpactNone {
		return []byte("null"), nil
	}
	return json.Marshal(string(i))
}

// UnmarshalJSON reads null as ImpactNone.
func (i *Impact) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*i = ImpactNone
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*i = Impact(s)
	return nil
}

// Combine returns the impact of a set of material changes: less-protective
// wins, then more-protective, then neutral.
func Combine(impacts ...Impact) Impact {
	out := ImpactNone
	for _, i := range impacts {
		switch {
		case i == ImpactLessProtective:
			return ImpactLessProtective
		case i == ImpactMoreProtective:
			out = ImpactMoreProtective
		case i == ImpactNeutral && out == ImpactNone:
			out = ImpactNeutral
		}
	}
	return out
}

// Category slugs, exactly as the materiality guidelines name them.
const (
	CatCollection    = "collection"
	CatUse           = "use"
	CatSharing       = "sharing"
	CatRetention     = "retention"
	CatSecurity      = "security"
	CatChoice        = "choice"
	CatAccess        = "access"
	CatChildren      = "children"
	CatInternational = "international"
	CatTracking      = "tracking"
	CatController    = "controller"
	CatDisputes      = "disputes"
	CatPolicyChange  = "policy-change"
	CatOther         = "other"
)

// Categories lists every category slug.
var Categories = []string{CatCollection, CatUse, CatSharing, CatRetention, CatSecurity, CatChoice,
	CatAccess, CatChildren, CatInternational, CatTracking, CatController, CatDisputes, CatPolicyChange, CatOther}

// ChangeKind says how a unit of text changed.
type ChangeKind string

// Change kinds.
const (
	Modified ChangeKind = "modified"
	Added    ChangeKind = "added"
	Removed  ChangeKind = "removed"
	Moved    ChangeKind = "moved"
)

// Change is one changed unit (a sentence, or a few merged sentences)
// between two revisions, with the classifier's verdict on it.
type Change struct {
	Section    string     `json:"section"`
	Kind       ChangeKind `json:"kind"`
	Material   bool       `json:"material"`
	Impact     Impact     `json:"impact"`
	Categories []string   `json:"categories"`
	Reasons    []string   `json:"reasons"`
	Before     string     `json:"before"`
	After      string     `json:"after"`
}

// Classification is the classifier's verdict on a pair of revisions. Its
// JSON form is a public contract (see README).
type Classification struct {
	Material   bool     `json:"material"`
	Impact     Impact   `json:"impact"`
	Categories []string `json:"categories"`
	Changes    []Change `json:"changes"`
}
