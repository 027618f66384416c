package classify

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/noticeproject/notice/internal/notice"
)

// Base notices, the old.md shared by each base's public cases.
var bases = map[string]string{
	"magento":   "001-magento-whole-doc",
	"tallyloom": "014-tallyloom-retention",
	"lantern":   "003-lanternlagoon-intro-contact",
	"hollowell": "009-hollowellfinch-rights",
}

func readBase(t testing.TB, base string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "cases", bases[base], "old.md"))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// edit is a hand-made revision of a base notice: every old text is
// replaced by its new text. None of these edits is one of the public cases';
// they test that each rule is general.
type edit struct {
	name     string
	base     string
	repl     []string // old, new, old, new ...
	material bool
	cat      string        // a category the verdict must name ("" to skip)
	impact   notice.Impact // the impact the verdict must give (ImpactNone to skip)
}

var edits = []edit{
	// M1 polarity.
	{"negation removed from a ban", "hollowell", []string{"We do not use facial recognition technology.", "We may use facial recognition technology to identify known shoplifters."}, true, "collection", notice.ImpactLessProtective},
	{"mailing list rental allowed", "hollowell", []string{"we do not rent or exchange our catalog", "we may rent or exchange our catalog"}, true, "sharing", notice.ImpactLessProtective},
	{"GPC no longer honoured", "hollowell", []string{"We honor Global Privacy Control signals as a request", "We do not honor Global Privacy Control signals as a request"}, true, "tracking", notice.ImpactLessProtective},
	{"model training allowed", "tallyloom", []string{"We do not use Customer Content to train machine-learning models.", "We may use Customer Content to train machine-learning models."}, true, "use", notice.ImpactLessProtective},
	{"DNT signal dropped from a refusal", "tallyloom", []string{"We treat a Global Privacy Control (GPC) signal or a Do Not Track signal from your browser", "We treat a Global Privacy Control (GPC) signal from your browser"}, true, "tracking", ""},
	// M2 modality.
	{"ban on selling hedged", "lantern", []string{"- We never sell players' personal information.", "- As a rule, we do not sell players' personal information."}, true, "", notice.ImpactLessProtective},
	{"hedge added to a ban", "lantern", []string{"- We never sell players' personal information.", "- We usually never sell players' personal information."}, true, "", notice.ImpactLessProtective},
	{"hedge dropped from a purpose", "magento", []string{"and to generally operate the website.", "and to operate the website."}, false, "", ""},
	// M13 scope: a service left to a notice of its own.
	{"applications left to their own notices", "magento", []string{"and to any Magento application, service, or tool where this notice is referenced,", "while each Magento application, service, or tool has its own privacy notice,"}, true, "other", notice.ImpactLessProtective},
	// E7 a misspelling corrected or introduced; E2 a labelled table of contents.
	{"misspelt qualifier", "tallyloom", []string{"An independent auditor assesses", "An independant auditor assesses"}, false, "", ""},
	{"misspelt qualifier of consent", "lantern", []string{"ask for verifiable parental consent", "ask for verfiable parental consent"}, false, "", ""},
	{"labelled contents line added", "tallyloom", []string{"## 1. Who we are", "**Contents:** [Who we are](#1-who-we-are) · [Information we collect](#3-information-we-collect) · [How we use information](#4-how-we-use-information) · [Legal bases](#5-legal-bases)\n\n## 1. Who we are"}, false, "", ""},
	{"purpose limit hedged", "hollowell", []string{"They are contractually prohibited from using personal information for their own purposes.", "They may use personal information for their own purposes."}, true, "sharing", notice.ImpactLessProtective},
	// M3 qualifiers.
	{"only dropped twice", "hollowell", []string{"We use precise location only while the app is open and only to find stores near you.", "We use precise location while the app is open to find stores near you and to show you local offers."}, true, "use", notice.ImpactLessProtective},
	{"and becomes or between conditions", "magento", []string{"court order or similar legal procedure, and", "court order or similar legal procedure, or"}, true, "sharing", ""},
	{"all becomes most", "lantern", []string{"Players can remove all ads with a one-time purchase.", "Players can remove most ads with a one-time purchase."}, true, "", ""},
	{"annual tests no longer annual", "hollowell", []string{"and annual penetration tests", "and penetration tests"}, true, "security", notice.ImpactLessProtective},
	// A named country or region is where data goes (international),
	// whatever section the statement sits in.
	{"contractor abroad added", "hollowell", []string{"Our website and app are PCI DSS compliant.", "Our website and app are PCI DSS compliant. Our customer-service contractor in Kenya can view your order history."}, true, "international", ""},
	{"promise to stay in a region added", "hollowell", []string{"Our website and app are PCI DSS compliant.", "Our website and app are PCI DSS compliant. We keep your order history on computers inside the EU."}, true, "international", ""},
	// M7 content words swapped with no equivalence to explain them.
	{"lawful basis reworded to other interests", "tallyloom", []string{"our legitimate interests in running a secure and useful service", "our legitimate interests in growing a profitable and popular service"}, true, "", ""},
	{"disclosure test loosened", "tallyloom", []string{"disclosure is necessary to protect someone's safety", "disclosure is convenient to defend our commercial position"}, true, "sharing", ""},
	{"synonyms swapped in a reason", "tallyloom", []string{"because they are necessary to operate it", "because they are required to run it"}, false, "", ""},
	{"synonyms swapped in a safeguard", "hollowell", []string{"They are contractually prohibited from using personal information for their own purposes.", "They are contractually prohibited from utilizing personal information for their own purposes."}, false, "", ""},
	// A capitalised number word opening a table cell is a value, not a name.
	{"retention list becomes a table with number words", "tallyloom", []string{"- Server logs are kept for 90 days.\n- Invoices and tax records are kept for 7 years, as required by law.", "| Record | Period |\n|---|---|\n| Server logs | Ninety days |\n| Invoices and tax records | Seven years, as required by law |"}, false, "", ""},
	// A list lead-in that names its items restates the list.
	{"lead-in names the list's items", "lantern", []string{"When the game runs, it collects:", "When the game runs, it collects the following data points:"}, false, "", ""},
	{"lead-in names new items", "lantern", []string{"When the game runs, it collects:", "When the game runs, it collects your contacts and the following information:"}, true, "collection", ""},
	// "limited to" and "limit ... to" say "only".
	{"limit to becomes only", "hollowell", []string{"They are contractually prohibited from using personal information for their own purposes.", "They are contractually limited to using personal information for our purposes only."}, true, "", ""},
	{"only becomes limited to", "tallyloom", []string{"They may use it only to provide services to us.", "They may use it, but limited to providing services to us."}, false, "", ""},
	{"only becomes limit to", "lantern", []string{"We share information only with:", "We limit the sharing of information to:"}, false, "", ""},
	{"only dropped with no limit", "tallyloom", []string{"They may use it only to provide services to us.", "They may use it to provide services to us."}, true, "sharing", notice.ImpactLessProtective},
	// M5 list items.
	{"recipient added to advisers", "tallyloom", []string{"lawyers, auditors and insurers", "lawyers, auditors, insurers and investors"}, true, "sharing", notice.ImpactLessProtective},
	{"data type added from delivery partners", "hollowell", []string{"has been delivered or could not be delivered.", "has been delivered or could not be delivered, and send us a photo of the delivered package."}, true, "collection", ""},
	{"item dropped from a never list", "tallyloom", []string{"We do not use advertising cookies or third-party tracking pixels in the app.", "We do not use advertising cookies in the app."}, true, "tracking", notice.ImpactLessProtective},
	{"profiles dropped from a ban", "lantern", []string{"for behavioral advertising or to build profiles of children.", "for behavioral advertising."}, true, "", notice.ImpactLessProtective},
	{"safeguard removed", "magento", []string{"are firewalls and data encryption, physical access controls", "are firewalls, physical access controls"}, true, "security", notice.ImpactLessProtective},
	{"scope widened to mobile apps", "tallyloom", []string{"use our web and desktop apps, or contact us", "use our web, desktop and mobile apps, or contact us"}, true, "", ""},
	{"right removed", "hollowell", []string{"- correct inaccurate personal information;\n", ""}, true, "access", notice.ImpactLessProtective},
	{"new purpose list item", "magento", []string{"* To create a profile detailing your service preferences so that we can best serve you\n", "* To create a profile detailing your service preferences so that we can best serve you\n* To sell aggregated insights about your interests to advertisers\n"}, true, "", notice.ImpactLessProtective},
	{"fewer rights holders", "hollowell", []string{"Residents of California and certain other states have the right to:", "Residents of California have the right to:"}, true, "access", ""},
	{"opt-out choice removed", "lantern", []string{", ask us to delete it, and refuse to allow further collection.", " and ask us to delete it."}, true, "", notice.ImpactLessProtective},
	// M6 numbers.
	{"camera footage kept longer", "hollowell", []string{"Security camera footage: 30 days", "Security camera footage: 90 days"}, true, "retention", notice.ImpactLessProtective},
	{"breach notice slower", "tallyloom", []string{"within 72 hours of confirming it", "within 7 days of confirming it"}, true, "security", notice.ImpactLessProtective},
	{"minimum age lowered", "tallyloom", []string{"is not directed to anyone under 16", "is not directed to anyone under 13"}, true, "children", notice.ImpactLessProtective},
	{"response time longer", "magento", []string{"respond to any access requests within 30 days.", "respond to any access requests within 60 days."}, true, "access", notice.ImpactLessProtective},
	{"consent window longer", "lantern", []string{"If we do not receive consent within 14 days", "If we do not receive consent within 30 days"}, true, "children", ""},
	{"notice period longer", "hollowell", []string{"at least 15 days before they take effect", "at least 30 days before they take effect"}, true, "policy-change", notice.ImpactMoreProtective},
	{"lead time added", "lantern", []string{"show a notice in the game before the change takes effect", "show a notice in the game at least 7 days before the change takes effect"}, true, "policy-change", notice.ImpactMoreProtective},
	// M7, M8, M9, M10, M11.
	{"app store added", "lantern", []string{"(Apple and Google), to process purchases", "(Apple, Google and Amazon), to process purchases"}, true, "sharing", ""},
	{"second server country", "lantern", []string{"Our servers are in the United States.", "Our servers are in the United States and Canada."}, true, "international", notice.ImpactLessProtective},
	{"framework replaced", "magento", []string{"comply with the US-EU Safe Harbor Framework and the US-Swiss Safe Harbor Framework", "comply with the EU-U.S. Privacy Shield Framework"}, true, "international", ""},
	{"controller renamed to another company", "hollowell", []string{"Hollowell & Finch Home Co. (\"Hollowell", "Hollowell & Finch Retail Holdings LLC (\"Hollowell"}, true, "controller", notice.ImpactNeutral},
	{"dispute body replaced", "tallyloom", []string{"service of the International Centre for Dispute Resolution at no cost", "service of JAMS at no cost"}, true, "disputes", ""},
	{"privacy program replaced", "lantern", []string{"member of the Bright Harbor Kids Privacy Program", "member of the Safe Shore Kids Privacy Program"}, true, "", ""},
	{"arbitration added", "hollowell", []string{"or in the small claims court where you live.", "or in the small claims court where you live. Any other dispute will be resolved by binding arbitration on an individual basis."}, true, "disputes", notice.ImpactLessProtective},
	// M12, M13, M14.
	{"email channel dropped", "tallyloom", []string{"we will also email the account owner and show a notice in the app", "we will also show a notice in the app"}, true, "policy-change", notice.ImpactLessProtective},
	{"retroactive changes", "tallyloom", []string{"at least 30 days before the change takes effect.", "at least 30 days before the change takes effect. Changes also apply to information we collected before the change."}, true, "policy-change", ""},
	{"residency option removed", "tallyloom", []string{"Customers on our Business plan can choose to keep Customer Content in our Frankfurt, Germany region. ", ""}, true, "international", notice.ImpactLessProtective},
	{"deletion promise removed", "magento", []string{" If we discover we have inadvertently gathered any personal information from this age group, appropriate steps will be taken to delete it.", ""}, true, "children", notice.ImpactLessProtective},
	{"no-name-sharing promise removed", "hollowell", []string{" We do not share your name with it.", ""}, true, "sharing", notice.ImpactLessProtective},
	{"retention made indefinite", "magento", []string{"We retain your personal information as long as it is necessary and relevant for our operations.\n\n**Choice.**", "We retain your personal information indefinitely.\n\n**Choice.**"}, true, "retention", notice.ImpactLessProtective},
	{"new social feature", "lantern", []string{"Human moderators review reported messages.", "Human moderators review reported messages. Players 13 and older can link a social media account to share their scores."}, true, "", ""},

	// Second batch: paragraph rewrites and subtle flips.
	{"ads paragraph rewritten", "lantern", []string{"Lantern Lagoon is free to play and shows ads. In Junior Mode, ads are contextual only: they are chosen based on the game screen, not on anything we know about the player, and our ad partners review them to make sure they are suitable for children. Players can remove all ads with a one-time purchase.", "Lantern Lagoon costs nothing to play and includes ads. Ads in Junior Mode are only contextual: they are picked based on the game screen, not on anything we know about the player, and our ad partners review them to check that they suit children. A one-time purchase removes all ads."}, false, "", ""},
	{"encryption sentence passive", "tallyloom", []string{"We encrypt data in transit with TLS 1.2 or higher and at rest with AES-256.", "Data is encrypted at rest with AES-256 and in transit with TLS 1.2 or higher."}, false, "", ""},
	{"safeguards reworded", "hollowell", []string{"We use administrative, technical and physical safeguards designed to protect personal information, including encryption of payment data, multi-factor authentication for employee access, and annual penetration tests.", "To protect personal information, we use physical, technical and administrative safeguards, including encryption of payment data, multi-factor authentication for employee access and penetration tests every year."}, false, "", ""},
	{"use paragraph reworded", "magento", []string{"We use the information we gather to help us improve our services to offer the best user experience possible, to communicate with our Clients, or for other internal purposes and to generally operate the website.", "The information we gather helps us improve our services and offer the best possible user experience, communicate with our Clients, generally operate the website, or serve other internal purposes."}, false, "", ""},
	{"rights paragraph reworded", "tallyloom", []string{"You can update most account information yourself in **Settings › Profile**. For other requests, email privacy@tallyloom.com. We respond within 30 days and do not charge a fee.", "Most account information can be updated by you in **Settings › Profile**. Email privacy@tallyloom.com for any other request. We answer within 30 days, free of charge."}, false, "", ""},
	{"not becomes never", "hollowell", []string{"We do not sell or share the personal information of consumers under 16.", "We never sell or share personal information of consumers younger than 16."}, false, "", ""},
	{"unless becomes except", "lantern", []string{"We keep chat messages for 30 days and then delete them, unless they are part of an open report.", "Chat messages are deleted after 30 days, except those that are part of an open report."}, false, "", ""},
	{"intro reworded", "tallyloom", []string{"Tallyloom is a time-tracking, project budgeting and invoicing service for small teams and agencies.", "Tallyloom provides time tracking, project budgeting and invoicing to small teams and agencies."}, false, "", ""},
	{"retention list becomes a table", "hollowell", []string{"- Order and payment records: 7 years, to meet tax and accounting requirements.\n- Finch Rewards data: while you are a member and for 12 months after you leave.\n- Security camera footage: 30 days, unless it is needed for an investigation.\n- Marketing preferences: until you change them.\n- Website analytics: 14 months.", "| Record | How long we keep it |\n|---|---|\n| Order and payment records | 7 years, to meet tax and accounting requirements |\n| Finch Rewards data | while you are a member and for 12 months after you leave |\n| Security camera footage | 30 days, unless it is needed for an investigation |\n| Marketing preferences | until you change them |\n| Website analytics | 14 months |"}, false, "", ""},
	{"contact block on one line", "tallyloom", []string{"Tallyloom Labs, Inc.  \nAttn: Privacy  \n1200 NW Marlowe Street, Suite 400  \nPortland, OR 97209, USA", "Tallyloom Labs, Inc., Attn: Privacy, 1200 NW Marlowe Street, Suite 400, Portland, OR 97209, USA"}, false, "", ""},
	{"attempt dropped", "magento", []string{"We will attempt to respond to any access requests within 30 days.", "We will respond to any access requests within 30 days."}, true, "access", notice.ImpactMoreProtective},
	{"backups sentence removed", "tallyloom", []string{"- Backups are overwritten on a rolling 35-day cycle.\n", ""}, true, "retention", ""},
	{"opt-out of announcements allowed", "tallyloom", []string{"You cannot opt out of service announcements", "You can opt out of service announcements"}, true, "choice", ""},
	{"security key dropped", "tallyloom", []string{"requires single sign-on and a hardware security key", "requires single sign-on"}, true, "security", notice.ImpactLessProtective},
	{"access limit loosened", "tallyloom", []string{"and is limited to the engineers who need it", "and is available to our engineers"}, true, "security", ""},
	{"location condition dropped", "hollowell", []string{"Approximate location based on your IP address and, if you allow it in the app, precise location", "Approximate location based on your IP address and precise location"}, true, "collection", notice.ImpactLessProtective},
	{"card numbers may be stored", "hollowell", []string{"and are not stored on our systems", "and may be stored on our systems"}, true, "", notice.ImpactLessProtective},
	{"explicit consent softened", "magento", []string{"marketing and advertising purposes without your explicit consent.\n\n**Security.**", "marketing and advertising purposes without your consent.\n\n**Security.**"}, true, "sharing", notice.ImpactLessProtective},
	{"email becomes optional", "tallyloom", []string{"If a change is material, we will also email the account owner", "If a change is material, we may also email the account owner"}, true, "policy-change", notice.ImpactLessProtective},
	{"rewards data kept longer", "hollowell", []string{"and for 12 months after you leave", "and for 3 years after you leave"}, true, "retention", notice.ImpactLessProtective},
	{"ad-tracking setting no longer respected", "lantern", []string{" We also respect the device-level \"Limit Ad Tracking\" or \"Opt out of Ads Personalization\" setting.", ""}, true, "", notice.ImpactLessProtective},
	{"children's data sold", "hollowell", []string{"We do not sell or share the personal information of consumers under 16.", "We may sell or share the personal information of consumers under 16 with their parent's consent."}, true, "children", notice.ImpactLessProtective},
	{"new processor country", "tallyloom", []string{"and on the European Commission's Standard Contractual Clauses for transfers to our sub-processors.", "and on the European Commission's Standard Contractual Clauses for transfers to our sub-processors, some of which are in India."}, true, "international", ""},
	{"complaint route removed", "tallyloom", []string{" If you are in the EEA or the UK, you also have the right to lodge a complaint with your local data protection authority.", ""}, true, "disputes", notice.ImpactLessProtective},
	{"scope narrowed to web", "hollowell", []string{"through our website hollowellfinch.com, our mobile app, our catalog, and our 42 stores", "through our website hollowellfinch.com and our 42 stores"}, true, "", ""},

	// Third batch: restyling, splits, merges, moves and link text.
	{"sentence split", "hollowell", []string{"If you ask for an emailed receipt, we collect your email address and link the receipt to it.", "If you ask for an emailed receipt, we collect your email address. We then link the receipt to it."}, false, "", ""},
	{"sentences merged", "tallyloom", []string{"Backups are overwritten on a rolling 35-day cycle.\n- Server logs are kept for 90 days.", "Backups are overwritten on a rolling 35-day cycle, and server logs are kept for 90 days."}, false, "", ""},
	{"section moved", "lantern", []string{"## Keeping information safe\n\nWe encrypt data sent between the game and our servers, limit access to the staff who need it, and review our partners' security before we work with them. No system is perfectly secure, but we work hard to protect players' information.\n\n", "", "## Contact us", "## Keeping information safe\n\nWe encrypt data sent between the game and our servers, limit access to the staff who need it, and review our partners' security before we work with them. No system is perfectly secure, but we work hard to protect players' information.\n\n## Contact us"}, false, "", ""},
	{"setext headings and star bullets", "tallyloom", []string{"## 9. Security", "9. Security\n-----------", "- **Usage data:**", "* **Usage data:**", "- **Device and log data:**", "* **Device and log data:**"}, false, "", ""},
	{"descriptive link text", "tallyloom", []string{"You can change your cookie choices at any time through the \"Cookie settings\" link in the footer.", "You can change your cookie choices at any time through the [Cookie settings](https://tallyloom.com/cookies) link in the footer."}, false, "", ""},
	{"bold lead-ins become plain", "lantern", []string{"- **Nickname:** players can choose", "- Nickname: players can choose", "- **Support messages:** if you write", "- Support messages: if you write"}, false, "", ""},
	{"numbered list becomes bullets", "tallyloom", []string{"1. create and manage your account", "- create and manage your account", "2. process payments", "- process payments"}, false, "", ""},
	{"curly quotes and dashes", "hollowell", []string{"(\"Hollowell & Finch\", \"we\", \"us\", \"our\")", "(“Hollowell & Finch”, “we”, “us”, “our”)"}, false, "", ""},
	{"you may becomes you can", "lantern", []string{"You can ask a grown-up to delete your game data at any time.", "You may ask a grown-up to delete your game data at any time."}, false, "", ""},
	{"synonym for stores", "magento", []string{"We store and process your personal information on our computers in the US and elsewhere in the world where our facilities are located.", "We store and process your personal information on our computers in the US and in other countries where our facilities are located."}, false, "", ""},
	{"public list item reworded", "lantern", []string{"- game progress, such as levels completed, items earned and time played;", "- game progress, for example the levels completed, the items earned and the time played;"}, false, "", ""},
	{"acronym spelled out", "lantern", []string{"For players in the UK and the European Economic Area, we use", "For players in the UK and the EEA, we use"}, false, "", ""},
	{"acronym expanded", "tallyloom", []string{"When we transfer personal information from the EEA, the UK or Switzerland", "When we transfer personal information from the European Economic Area, the UK or Switzerland"}, false, "", ""},

	// Third batch, material.
	{"opt-in becomes opt-out", "hollowell", []string{"send you our catalog and, if you have signed up, marketing emails", "send you our catalog and, unless you have opted out, marketing emails"}, true, "choice", notice.ImpactLessProtective},
	{"cookie consent flipped", "tallyloom", []string{"With your consent, we also use a first-party analytics cookie", "With your consent, we also use a third-party analytics cookie"}, true, "tracking", notice.ImpactLessProtective},
	{"recipient swapped", "hollowell", []string{"with our return authorization provider", "with our advertising partners"}, true, "sharing", ""},
	{"sale allowed for children", "lantern", []string{"- We never sell players' personal information.\n", "- We sell players' personal information only with a parent's consent.\n"}, true, "", ""},
	{"data type dropped from a ban", "lantern", []string{"We do not collect precise location, contacts or photos from any player", "We do not collect precise location or contacts from any player"}, true, "collection", notice.ImpactLessProtective},
	{"push notifications opt-in", "lantern", []string{"the game asks before sending notifications", "the game sends notifications only if you turn them on"}, true, "choice", ""},
	{"service provider limit widened", "lantern", []string{"They are contractually required to use the information only to provide services to us.", "They are contractually required to use the information to provide services to us and to improve their own products."}, true, "sharing", notice.ImpactLessProtective},
	{"governing law moved", "hollowell", []string{"in the state or federal courts located in Franklin County, Ohio", "in the state or federal courts located in New Castle County, Delaware"}, true, "disputes", ""},
	{"retention reason added", "lantern", []string{"- Purchase records are kept for 6 years for accounting reasons.", "- Purchase records are kept for 6 years for accounting reasons and to train our recommendation models."}, true, "", notice.ImpactLessProtective},
	{"controller clause changed", "tallyloom", []string{"Tallyloom Labs, Inc., 1200 NW Marlowe Street, Suite 400, Portland, OR 97209, USA, is the controller", "Tallyloom Holdings Ltd., 8 Harbour Road, Dublin 4, Ireland, is the controller"}, true, "controller", ""},
	{"consent no longer withdrawable", "tallyloom", []string{"You may withdraw your consent at any time;", "You may not withdraw your consent;"}, true, "choice", notice.ImpactLessProtective},
	{"age gate raised", "lantern", []string{"If a player tells us they are under 13, we switch on \"Junior Mode\".", "If a player tells us they are under 16, we switch on \"Junior Mode\"."}, true, "children", notice.ImpactMoreProtective},

	// Fourth batch: one per category, other wording.
	{"SDK added to the game", "lantern", []string{"When the game runs, it collects:", "When the game runs, it and the analytics SDKs built into it collect:"}, true, "", notice.ImpactLessProtective},
	{"auditor dropped", "tallyloom", []string{" An independent auditor assesses our controls each year against the SOC 2 Type II criteria.", ""}, true, "security", notice.ImpactLessProtective},
	{"parental consent no longer needed", "lantern", []string{"we ask for a parent's email address so that we can ask for the parent's consent", "we ask for a parent's email address so that we can tell the parent"}, true, "", notice.ImpactLessProtective},
	{"appeal deadline longer", "hollowell", []string{"we will respond to appeals within 45 days", "we will respond to appeals within 90 days"}, true, "access", notice.ImpactLessProtective},
	{"retention reason removed", "magento", []string{"In addition, we retain personal information from closed accounts to: comply with the law, prevent fraud, collect any fees owed, resolve disputes, troubleshoot problems, assist with any investigation, and take other actions permitted by law.", "In addition, we retain personal information from closed accounts to: comply with the law, prevent fraud, collect any fees owed, resolve disputes, troubleshoot problems, and assist with any investigation."}, true, "retention", notice.ImpactMoreProtective},
	{"licence over submissions", "tallyloom", []string{"If you are a member of a Customer's workspace and want to exercise your rights over Customer Content", "You grant us a perpetual, royalty-free licence to use feedback and personal information you submit. If you are a member of a Customer's workspace and want to exercise your rights over Customer Content"}, true, "other", notice.ImpactLessProtective},
	{"effective immediately", "tallyloom", []string{"at least 30 days before the change takes effect", "and the change takes effect immediately"}, true, "policy-change", notice.ImpactLessProtective},
	{"opt-out signal ignored", "hollowell", []string{"We honor Global Privacy Control signals as a request to opt out", "We do not treat Global Privacy Control signals as a request to opt out"}, true, "tracking", notice.ImpactLessProtective},
	{"definition narrowed", "magento", []string{"or information that merely identifies a computer or browser, or an ID number assigned to an anonymous person.", "or information that merely identifies a computer or browser, an ID number assigned to an anonymous person, or your IP address."}, true, "", ""},
	{"new purpose for camera footage", "hollowell", []string{"Our stores use security cameras for the safety of customers and staff and to prevent theft.", "Our stores use security cameras for the safety of customers and staff, to prevent theft and to measure how shoppers move through the store."}, true, "", notice.ImpactLessProtective},
	{"browser cookie sentence reworded", "magento", []string{"You should note that although most browsers are initially set up to accept cookies, you may be able to change your browser settings", "Most browsers accept cookies by default, but you may be able to change your browser settings"}, false, "", ""},
	{"chosen becomes opted", "magento", []string{"If you have chosen to receive marketing messages from us about our products and services, we may use information from our log files, cookies, or web beacons to help us make those communications", "If you have opted to receive marketing messages from us about our products and services, we may use information from our log files, cookies or web beacons to make those communications"}, false, "", ""},
	{"forum warning shortened", "magento", []string{"We are not responsible for the personal information you choose to submit in these forums.", "We are not responsible for personal information you submit in these forums."}, false, "", ""},
	{"workspace visibility reworded", "tallyloom", []string{"**Your workspace:** your name, email address and the time entries you submit are visible to the owners and administrators of the workspace you join.", "**Your workspace:** the owners and administrators of a workspace you join can see your name, email address and the time entries you submit."}, false, "", ""},
	{"buyer clause reworded", "tallyloom", []string{"**A buyer or successor** if Tallyloom is involved in a merger, acquisition or sale of assets.", "**A buyer or successor**, if Tallyloom takes part in a merger, an acquisition or a sale of assets."}, false, "", ""},
	{"children clause reworded", "tallyloom", []string{"Tallyloom is a business tool and is not directed to anyone under 16. We do not knowingly collect personal information from children under 16.", "Tallyloom is a tool for businesses and is not aimed at anyone younger than 16, and we do not knowingly collect personal information from children younger than 16."}, false, "", ""},
	{"receipt sentence reworded", "hollowell", []string{"If you ask for an emailed receipt, we collect your email address and link the receipt to it.", "When you ask for a receipt by email, we collect your email address and link the receipt to it."}, false, "", ""},
	{"return fraud reworded", "hollowell", []string{"to prevent return fraud, we share information about returns (such as the return ID, items and amount) with our return authorization provider.", "we share information about returns (such as the return ID, items and amount) with our return authorization provider to prevent return fraud."}, false, "", ""},
	{"parents rights reworded", "lantern", []string{"a parent can ask to review the personal information we have about their child, ask us to delete it, and refuse to allow further collection.", "a parent can ask to see the personal information we hold about their child, ask us to delete it, and refuse to let us collect more."}, false, "", ""},
	{"storage sentence reworded", "lantern", []string{"If you play from outside the United States, your information will be transferred to and stored in the United States.", "Players outside the United States should know that their information will be transferred to, and stored in, the United States."}, false, "", ""},
	{"complaint sentence reworded", "tallyloom", []string{"If you have a concern, please contact us first at privacy@tallyloom.com and we will try to resolve it.", "Please contact us first at privacy@tallyloom.com if you have a concern, and we will try to resolve it."}, false, "", ""},
	{"editorial: camera sentence reworded", "hollowell", []string{"Our stores use security cameras for the safety of customers and staff and to prevent theft.", "To keep customers and staff safe and to prevent theft, our stores use security cameras."}, false, "", ""},
	{"editorial: retention reasons reordered", "magento", []string{"comply with the law, prevent fraud, collect any fees owed, resolve disputes", "prevent fraud, resolve disputes, comply with the law, collect any fees owed"}, false, "", ""},
	{"editorial: kids section restyled", "lantern", []string{"## For kids: the short version", "## The short version for kids"}, false, "", ""},
	{"editorial: privacy office renamed", "hollowell", []string{"Privacy Office  \n225 Gantry Row", "Privacy Team  \n225 Gantry Row"}, false, "", ""},

	// Editorial.
	{"passive voice", "tallyloom", []string{"Server logs are kept for 90 days.", "We keep server logs for 90 days."}, false, "", ""},
	{"duration in words", "hollowell", []string{"Order and payment records: 7 years", "Order and payment records: seven years"}, false, "", ""},
	{"months as years", "lantern", []string{"Support messages are kept for 2 years.", "Support messages are kept for 24 months."}, false, "", ""},
	{"a year is twelve months", "hollowell", []string{"we have not sold personal information in the past 12 months", "we have not sold any personal information in the past year"}, false, "", ""},
	{"rolling cycle reworded", "tallyloom", []string{"on a rolling 35-day cycle", "on a rolling cycle of 35 days"}, false, "", ""},
	{"law clause moved first", "tallyloom", []string{"Invoices and tax records are kept for 7 years, as required by law.", "As the law requires, invoices and tax records are kept for seven years."}, false, "", ""},
	{"passive ban", "hollowell", []string{"We use our own analytics tools and do not allow advertising networks to place cookies on our website.", "We use our own analytics tools, and advertising networks are not allowed to place cookies on our website."}, false, "", ""},
	{"contact block moved office", "hollowell", []string{"225 Gantry Row  \nColumbus, OH 43215  \nprivacy@hollowellfinch.com", "18 Mill Street, 2nd Floor  \nColumbus, OH 43210  \nprivacy-office@hollowellfinch.com"}, false, "", ""},
	{"phone number changed", "hollowell", []string{"**Catalogs:** call us at 1-800-555-0147", "**Catalogs:** call us at 1-800-555-0199"}, false, "", ""},
	{"accent dropped", "hollowell", []string{"home décor", "home decor"}, false, "", ""},
	{"synonym verb", "tallyloom", []string{"If we learn that we have, we will delete it.", "If we find out that we have, we will delete it."}, false, "", ""},
	{"DPO sentence passive", "tallyloom", []string{"You can reach our Data Protection Officer at dpo@tallyloom.com.", "Our Data Protection Officer can be reached at dpo@tallyloom.com."}, false, "", ""},
	{"contractions and spelling", "tallyloom", []string{"We do not sell your personal information, and we do not share it for cross-context behavioral advertising.", "We don't sell your personal information, and we don't share it for cross-context behavioural advertising."}, false, "", ""},
	{"kept becomes keep", "lantern", []string{"Crash reports are kept for 90 days.", "We keep crash reports for 90 days."}, false, "", ""},
	{"security wording", "lantern", []string{"limit access to the staff who need it, and review our partners' security before we work with them", "restrict access to the staff who need it, and check our partners' security before working with them"}, false, "", ""},
	{"floor number in address", "lantern", []string{"4410 Calder Avenue, Floor 3", "4410 Calder Avenue, Floor 5"}, false, "", ""},
	{"contraction expanded", "lantern", []string{"You don't need to tell us your name to play.", "You do not need to tell us your name to play."}, false, "", ""},
	{"heading renamed", "magento", []string{"### Do Not Track", "### Do-Not-Track Signals"}, false, "", ""},
	{"typo fixed", "magento", []string{"related such purposes", "related to such purposes"}, false, "", ""},
	{"statement becomes notice", "magento", []string{"This Privacy statement only applies", "This Privacy Notice only applies"}, false, "", ""},
	{"any becomes all", "magento", []string{"respond to any access requests within 30 days.", "respond to all access requests within thirty days."}, false, "", ""},
	{"tracking parameters on a link", "magento", []string{"(http://www.truste.com/privacy-program-requirements/)", "(https://www.truste.com/privacy-program-requirements/?utm_source=notice&utm_medium=web)"}, false, "", ""},
	{"paragraph hard-wrapped", "hollowell", []string{"We use cookies and similar technologies to keep items in your cart, remember your preferences", "We use cookies and similar technologies to keep\nitems in your cart, remember your\npreferences"}, false, "", ""},
	{"list items reordered", "hollowell", []string{"- correct inaccurate personal information;\n- delete their personal information; and", "- delete their personal information;\n- correct inaccurate personal information; and"}, false, "", ""},
	{"describes becomes explains", "hollowell", []string{"This notice describes how we collect, use, share and protect personal information about our customers and visitors, and the choices you have.", "This notice explains how we collect, use, share and protect personal information about our customers and visitors and what choices you have."}, false, "", ""},
	{"delivery sentence reworded", "hollowell", []string{"Delivery partners tell us when an order has been delivered or could not be delivered.", "Our delivery partners let us know when an order has been delivered or could not be delivered."}, false, "", ""},
	{"last updated and effective date", "tallyloom", []string{"**Effective date:** 1 March 2024  \n**Last updated:** 14 February 2024", "**Effective date:** 1 July 2024  \n**Last updated:** 3 June 2024"}, false, "", ""},
	{"update banner removed", "hollowell", []string{"## Information we collect", "Your privacy matters. As of March 1, we've updated our privacy notice to make it easier to read.\n\n## Information we collect"}, false, "", ""},
	{"back to top retargeted", "magento", []string{"[Back to top](#magento-web-site-user-privacy-notice)", "[Back to top](#top)"}, false, "", ""},
	// Generalised from held-out pairs, on other sentences.
	{"number in words and digits", "tallyloom", []string{"Server logs are kept for 90 days.", "Server logs are kept for ninety (90) days."}, false, "", ""},
	{"will repeated in a passive rewrite", "hollowell", []string{"We will verify your identity by matching information you give us with information in our records.", "Your identity will be verified by matching information you give us with information in our records."}, false, "", ""},
	{"new purpose in a location sentence", "hollowell", []string{"only to find stores near you.", "only to find stores near you and to show you offers from those stores."}, true, notice.CatUse, notice.ImpactLessProtective},
	{"ban narrowed to some data", "hollowell", []string{"We do not sell personal information, and we have", "We do not sell personal information that we collect in our stores, and we have"}, true, notice.CatSharing, notice.ImpactLessProtective},
	// Negative forms that are synonyms count as one negation (M1).
	{"cannot becomes are not able to", "magento", []string{"You cannot opt out of these operational emails.", "You are not able to opt out of these operational emails."}, false, "", ""},
	{"cannot becomes will not be able to", "tallyloom", []string{"You cannot opt out of service announcements", "You will not be able to opt out of service announcements"}, false, "", ""},
	{"cannot becomes is unable to", "tallyloom", []string{"You cannot opt out of service announcements", "A user is unable to opt out of service announcements"}, false, "", ""},
	{"never becomes do not", "tallyloom", []string{"we never see or store your full card number.", "we do not see or store your full card number."}, false, "", ""},
	{"do not becomes passive never", "magento", []string{"We do not sell or rent your personal information to third parties", "Your personal information is never sold or rented to third parties"}, false, "", ""},
	{"do not keep becomes is never kept", "hollowell", []string{"We do not keep a history of your precise location.", "A history of your precise location is never kept."}, false, "", ""},
	{"unable becomes able", "tallyloom", []string{"You cannot opt out of service announcements", "You are able to opt out of service announcements"}, true, "choice", ""},
	{"not able becomes may", "magento", []string{"You cannot opt out of these operational emails.", "You may opt out of these operational emails."}, true, "choice", ""},
	// Bounds written with a negation are bounds, not denials (E6, M1).
	{"within becomes no later than", "lantern", []string{"Deletion is completed within 30 days.", "Deletion is completed in no more than 30 days."}, false, "", ""},
	{"at least becomes no less than", "tallyloom", []string{"at least 30 days before the change takes effect", "no less than 30 days before the change takes effect"}, false, "", ""},
	{"lower bound becomes upper bound", "tallyloom", []string{"at least 30 days before the change takes effect", "no more than 30 days before the change takes effect"}, true, "policy-change", ""},
	{"duration list item in words", "hollowell", []string{"Website analytics: 14 months.", "Website analytics: fourteen months."}, false, "", ""},
	{"duration list item longer", "hollowell", []string{"Website analytics: 14 months.", "Website analytics: 26 months."}, true, "retention", notice.ImpactLessProtective},
	{"not or becomes neither nor", "tallyloom", []string{"We do not receive your contacts or your calendar.", "Neither your contacts nor your calendar are received by us."}, false, "", ""},
	{"not or becomes not nor", "hollowell", []string{"we do not rent or exchange our catalog mailing list with other companies.", "we do not rent our catalog mailing list to other companies, nor do we exchange it with them."}, false, "", ""},
	{"two denials become neither nor", "lantern", []string{"We do not collect precise location, contacts or photos from any player, and we do not collect the device's advertising identifier", "We neither collect precise location, contacts or photos from any player, nor collect the device's advertising identifier"}, false, "", ""},
	{"one of two denials dropped", "lantern", []string{"We do not collect precise location, contacts or photos from any player, and we do not collect the device's advertising identifier", "We do not collect precise location, contacts or photos from any player, and we collect the device's advertising identifier"}, true, "", notice.ImpactLessProtective},
	{"neither nor becomes one denial", "tallyloom", []string{"We do not receive your contacts or your calendar.", "We receive your contacts but not your calendar."}, true, "collection", ""},
	{"respond becomes reply", "lantern", []string{"We will respond within 10 days.", "We will reply within ten days."}, false, "", ""},
	// A transfer framework dropped with none in its place (M9).
	{"framework dropped", "tallyloom", []string{", and on the European Commission's Standard Contractual Clauses for transfers to our sub-processors.", "."}, true, "international", notice.ImpactLessProtective},
	{"framework added", "magento", []string{"comply with the US-EU Safe Harbor Framework and the US-Swiss Safe Harbor Framework", "comply with the US-EU Safe Harbor Framework, the US-Swiss Safe Harbor Framework and the Standard Contractual Clauses"}, true, "international", notice.ImpactMoreProtective},
	// Durations compared by value (E6) and only equal values editorial (M6).
	{"days as a hyphenated word", "lantern", []string{"Crash reports are kept for 90 days.", "Crash reports are kept for a 90-day period."}, false, "", ""},
	{"two weeks as a fortnight", "lantern", []string{"If we do not receive consent within 14 days", "If we do not receive consent within a fortnight"}, false, "", ""},
	{"days as weeks in words", "lantern", []string{"If we do not receive consent within 14 days", "If we do not receive consent within two weeks"}, false, "", ""},
	{"years as a hyphenated word", "lantern", []string{"Purchase records are kept for 6 years", "Purchase records are kept for a six-year period"}, false, "", ""},
	{"years as months", "lantern", []string{"Purchase records are kept for 6 years", "Purchase records are kept for 72 months"}, false, "", ""},
	{"compound number word", "hollowell", []string{"we will respond to appeals within 45 days", "we will respond to appeals within forty-five days"}, false, "", ""},
	{"compound number and unit", "lantern", []string{"Support messages are kept for 2 years.", "Support messages are kept for a twenty-four-month period."}, false, "", ""},
	{"30 days becomes one month", "lantern", []string{"Deletion is completed within 30 days.", "Deletion is completed within one month."}, true, "", ""},
	{"30 days becomes four weeks", "hollowell", []string{"Security camera footage: 30 days", "Security camera footage: four weeks"}, true, "retention", ""},
	{"hyphenated days become months", "lantern", []string{"Crash reports are kept for 90 days.", "Crash reports are kept for a three-month period."}, true, "retention", ""},
	{"servers of providers added", "lantern", []string{"Our servers are in the United States.", "Our servers and those of our hosting providers are located in the United States."}, true, notice.CatInternational, notice.ImpactLessProtective},
}

func TestRules(t *testing.T) {
	for _, e := range edits {
		t.Run(e.name, func(t *testing.T) {
			old := readBase(t, e.base)
			new := old
			for i := 0; i+1 < len(e.repl); i += 2 {
				if !strings.Contains(new, e.repl[i]) {
					t.Fatalf("base %s lacks %q", e.base, e.repl[i])
				}
				new = strings.Replace(new, e.repl[i], e.repl[i+1], 1)
			}
			got, err := Classify([]byte(old), []byte(new))
			if err != nil {
				t.Fatal(err)
			}
			if got.Material != e.material {
				t.Errorf("Classify(%s).Material = %v, want %v; changes:\n%s", e.name, got.Material, e.material, dump(got))
				return
			}
			if e.cat != "" && !slices.Contains(got.Categories, e.cat) {
				t.Errorf("Classify(%s).Categories = %v, want %s among them;\n%s", e.name, got.Categories, e.cat, dump(got))
			}
			if e.impact != notice.ImpactNone && got.Impact != e.impact {
				t.Errorf("Classify(%s).Impact = %s, want %s;\n%s", e.name, got.Impact, e.impact, dump(got))
			}
		})
	}
}

func dump(c notice.Classification) string {
	var b strings.Builder
	for _, ch := range c.Changes {
		b.WriteString("  [" + string(ch.Kind) + "] " + ch.Section + " material=" + map[bool]string{true: "yes", false: "no"}[ch.Material] +
			" " + strings.Join(ch.Categories, ",") + " " + string(ch.Impact) + "\n")
		for _, r := range ch.Reasons {
			b.WriteString("      " + r + "\n")
		}
	}
	return b.String()
}

func TestEnumeration(t *testing.T) {
	tests := []struct{ in, want string }{
		{"16.1. in the course of", "in the course of"},
		{"3.1 information you give us", "information you give us"},
		{"(a) we collect", "we collect"},
		{"iv. we share", "we share"},
		{"30 days after you close it", "30 days after you close it"},
		{"a. data", "data"},
		{"i.e. we keep", "i.e. we keep"},
	}
	loadVocab()
	for _, tt := range tests {
		if got := reEnumeration().ReplaceAllString(tt.in, ""); got != tt.want {
			t.Errorf("strip enumeration(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestVocabLazy checks that the vocabularies are built on first use, not
// when the package is loaded, and that classifying builds them.
func TestVocabLazy(t *testing.T) {
	// The test binary has not classified anything before this test when it
	// runs alone; when other tests ran first the vocabulary may be ready.
	if _, err := Classify([]byte("# A\n\nWe collect your name.\n"), []byte("# A\n\nWe sell your name.\n")); err != nil {
		t.Fatal(err)
	}
	if reEnumeration == nil || negations == nil || len(canonicalPhrases) == 0 || practice == nil {
		t.Fatal("vocabulary not built by Classify")
	}
}

// TestRepeatedSentenceInTwoSections checks that a sentence stated in two
// sections and changed in both gives one change per section, each holding
// the sentence once.
func TestRepeatedSentenceInTwoSections(t *testing.T) {
	old := []byte("# Notice\n\n## Summary\n\nWe will attempt to respond to any access requests within 30 days.\n\n" +
		"## Access to Information\n\nYou can ask for a copy of your data. We will attempt to respond to any access requests within 30 days.\n")
	new := []byte(strings.ReplaceAll(string(old), "30 days", "45 days"))
	res, err := Classify(old, new)
	if err != nil {
		t.Fatal(err)
	}
	sections := map[string]int{}
	for _, ch := range res.Changes {
		sections[ch.Section]++
		if strings.Count(ch.Before, "within 30 days") != 1 || strings.Count(ch.After, "within 45 days") != 1 {
			t.Errorf("change in %s holds %q → %q; want the sentence once", ch.Section, ch.Before, ch.After)
		}
	}
	if len(res.Changes) != 2 || sections["Notice › Summary"] != 1 || sections["Notice › Access to Information"] != 1 {
		t.Errorf("changes by section = %v, want one in Summary and one in Access to Information", sections)
	}
	if !res.Material {
		t.Error("a changed deadline is material")
	}
}

// TestAllOrPart checks that a disjunction of "all" with a partial
// quantifier reads as one scope however it is written, and that a real
// change of scope stays material.
func TestAllOrPart(t *testing.T) {
	doc := func(q string) []byte {
		return []byte("# Notice\n\n## Sharing\n\nWe may transfer " + q + " of your account records to a company that buys our payroll service.\n")
	}
	for _, tt := range []struct {
		old, new string
		material bool
	}{
		{"any or all", "all or part", false},
		{"some or all", "all or any part", false},
		{"all or a portion", "part or all", false},
		{"all", "all or part", true},
		{"all", "some", true},
		{"some", "some or all", true},
	} {
		got, err := Classify(doc(tt.old), doc(tt.new))
		if err != nil {
			t.Fatal(err)
		}
		if got.Material != tt.material {
			t.Errorf("%q → %q: material = %v, want %v;\n%s", tt.old, tt.new, got.Material, tt.material, dump(got))
		}
	}
}

// TestNegationMoved checks polarity per clause: the same number of
// negations that deny another practice is material; a reordered or
// reworded denial is not.
func TestNegationMoved(t *testing.T) {
	doc := func(s string) []byte { return []byte("# Notice\n\n## Sharing\n\n" + s + "\n") }
	old := "We do not sell your email address, and we share it with our delivery partners."
	for _, tt := range []struct {
		new      string
		material bool
	}{
		{"We sell your email address, and we do not share it with our delivery partners.", true},
		{"We share your email address with our delivery partners, and we do not sell it.", false},
		{"Your email address is never sold, and we share it with our delivery partners.", false},
		{"Your email address is shared with our delivery partners and is not sold.", false},
	} {
		got, err := Classify(doc(old), doc(tt.new))
		if err != nil {
			t.Fatal(err)
		}
		if got.Material != tt.material {
			t.Errorf("%q: material = %v, want %v;\n%s", tt.new, got.Material, tt.material, dump(got))
		}
	}
	got, err := Classify(doc("We do not keep a record of the stores you visit."), doc("We keep no record of the stores you visit."))
	if err != nil {
		t.Fatal(err)
	}
	if got.Material {
		t.Errorf("'do not keep a record' → 'keep no record' is material;\n%s", dump(got))
	}
}

// TestObligationAndLabels: "X requires Y" obliges as "Y must" does, what
// the law requires is a condition, and a list item's label restates its
// item.
func TestObligationAndLabels(t *testing.T) {
	doc := func(s string) []byte { return []byte("# Notice\n\n## Security\n\n" + s + "\n") }
	for _, tt := range []struct {
		old, new string
		material bool
	}{
		{"Remote access to our payment network requires a company laptop and a one-time code.",
			"Staff who reach our payment network remotely must use a company laptop and a one-time code.", false},
		{"Remote access to our payment network requires a company laptop and a one-time code.",
			"Staff who reach our payment network remotely may use a company laptop and a one-time code.", true},
		{"We keep invoices for ten years because the law requires it.",
			"We keep invoices for ten years because it is required by law.", false},
		{"An outside auditor reviews our systems every year, and we hash passwords with a slow algorithm.",
			"- **Audits:** an outside auditor reviews our systems every year.\n- **Passwords:** we hash them with a slow algorithm.", false},
		{"We hash passwords with a slow algorithm and review vendor security every year.",
			"- **Hashing:** passwords are hashed with a slow algorithm.\n- **Vendor reviews:** we review vendor security and share breach reports with insurers every year.", true},
	} {
		got, err := Classify(doc(tt.old), doc(tt.new))
		if err != nil {
			t.Fatal(err)
		}
		if got.Material != tt.material {
			t.Errorf("%q → %q: material = %v, want %v;\n%s", tt.old, tt.new, got.Material, tt.material, dump(got))
		}
	}
}

// TestPhantomsAndSplits: "one" as a pronoun is no number, a "to" after
// "and" is no limit ("restrict how we use it, and to ..."), an exception
// may come before the ban it qualifies, and a sentence split into short
// list items keeps its words.
func TestPhantomsAndSplits(t *testing.T) {
	doc := func(s string) []byte { return []byte("# Notice\n\n## Your account\n\n" + s + "\n") }
	for _, tt := range []struct {
		old, new string
		material bool
	}{
		{"Each newsletter we send includes a link to unsubscribe.",
			"Every one of the newsletters we send includes a link to unsubscribe.", false},
		{"We send two newsletters a month.", "We send one newsletter a month.", true},
		{"You may object to or restrict how we use it, and to receive a copy of your data.",
			"You may object to or restrict how we use it, and receive a copy of your data.", false},
		{"Access to payment records is restricted to the finance team.",
			"Access to payment records is given to the finance team.", true},
		{"We do not share your location with advertisers, except when you join a sponsored challenge.",
			"Except when you join a sponsored challenge, we do not share your location with advertisers.", false},
		{"We never share your location with advertisers, except when you join a sponsored challenge.",
			"Apart from when you join a sponsored challenge, we never share your location with advertisers.", false},
		{"We never share your location with advertisers, except when you join a sponsored challenge.",
			"Apart from when you join a sponsored challenge, we share your location with advertisers.", true},
		{"Members can export, correct and erase the delivery addresses saved in their shopping account at any time from the settings page.",
			"Members can, at any time from the settings page:\n\n- export the delivery addresses saved in their shopping account;\n- correct them;\n- erase them.", false},
		{"Members can export, correct and erase the delivery addresses saved in their shopping account at any time from the settings page.",
			"Members can, at any time from the settings page:\n\n- export the delivery addresses saved in their shopping account;\n- correct them.", true},
	} {
		got, err := Classify(doc(tt.old), doc(tt.new))
		if err != nil {
			t.Fatal(err)
		}
		if got.Material != tt.material {
			t.Errorf("%q → %q: material = %v, want %v;\n%s", tt.old, tt.new, got.Material, tt.material, dump(got))
		}
	}
}

// TestContactEntitySpelling: a contact block's company spelt out ("Inc." →
// "Incorporated") or put on one line after a title is the same company
// (E5); a word added inside its name makes another company (M10).
func TestContactEntitySpelling(t *testing.T) {
	block := "Privacy Team  \nBrightwell Foods, Inc.  \n12 Harbour Street  \nPortland, OR 97201  \nprivacy@example.com"
	doc := func(s string) []byte {
		return []byte("# Notice\n\n## Sharing\n\nWe do not sell your data.\n\n## Contact us\n\n" + s + "\n")
	}
	for _, tt := range []struct {
		new      string
		material bool
	}{
		{strings.Replace(block, "Foods, Inc.", "Foods, Incorporated", 1), false},
		{"Privacy Team, Brightwell Foods, Inc., 12 Harbour Street, Portland, OR 97201. Email: privacy@example.com", false},
		{strings.Replace(block, "Foods, Inc.", "Foods Europe, Inc.", 1), true},
		{"Privacy Team, Brightwell Foods Europe, Inc., 12 Harbour Street, Portland, OR 97201. Email: privacy@example.com", true},
	} {
		got, err := Classify(doc(block), doc(tt.new))
		if err != nil {
			t.Fatal(err)
		}
		if got.Material != tt.material {
			t.Errorf("%q: material = %v, want %v;\n%s", tt.new, got.Material, tt.material, dump(got))
		}
	}
}

// TestRewordedStatements: a number in words, common synonyms ("following",
// "most recent", "find out whether" for "check for") and a clause moved to
// the front leave a statement's meaning; a changed value or a swapped
// recipient does not.
func TestRewordedStatements(t *testing.T) {
	doc := func(s string) []byte { return []byte("# Notice\n\n## Keeping and sharing\n\n" + s + "\n") }
	for _, tt := range []struct {
		old, new string
		material bool
	}{
		{"Chat logs are deleted 2 years after your last session, because moderators may need them to review reports.",
			"Chat logs are deleted two years following your most recent session, since moderators may need them to review reports.", false},
		{"Chat logs are deleted 2 years after your last session, because moderators may need them to review reports.",
			"Chat logs are deleted three years following your most recent session, since moderators may need them to review reports.", true},
		{"Payment screening firms: we pass the card number and billing postcode to check for theft and fraud.",
			"Payment screening firms: to find out whether the card was stolen or is fraudulent, we pass them the card number and billing postcode.", false},
		{"Payment screening firms: we pass the card number and billing postcode to check for theft and fraud.",
			"Payment screening firms: to find out whether the card was stolen or is fraudulent, we pass them the card number, billing postcode and purchase history.", true},
		{"Payment screening firms: we pass the card number and billing postcode to check for theft and fraud.",
			"Advertising partners: to find out whether the card was stolen or is fraudulent, we pass them the card number and billing postcode.", true},
		{"If we change the fees in a way that matters, we will email you at least 14 days before the new fees apply.",
			"If we make a material change to the fees, you will receive an email from us no later than 14 days before the new fees apply.", false},
		{"If we change the fees in a way that matters, we will email you at least 14 days before the new fees apply.",
			"If we make a material change to the fees, you will receive an email from us no later than 14 days after the new fees apply.", true},
		{"If we change the fees in a way that matters, we will email you at least 14 days before the new fees apply.",
			"If we make a material change to the fees, you will receive an email from us no more than 14 days before the new fees apply.", true},
		{"You must be 16 or older to join a team chat, and we do not knowingly keep chat logs of anyone under 16.",
			"Only players aged 16 or older can join a team chat. We do not knowingly keep chat logs of people younger than 16.", false},
		// A bound written as "at most" or "up to" is the bound "no more
		// than" writes (E6); a list of routes reworded with "by phone" for
		// "by calling us" keeps its routes (E7).
		{"Voice notes are kept for no more than 90 days and then erased.",
			"Voice notes are kept for ninety days at most and then erased.", false},
		{"Voice notes are kept for no more than 90 days and then erased.",
			"Voice notes are kept for up to 90 days and then erased.", false},
		{"Voice notes are kept for no more than 90 days and then erased.",
			"Voice notes are kept for 120 days at most and then erased.", true},
		{"Voice notes are kept for no more than 90 days and then erased.",
			"Voice notes are kept for at least 90 days and then erased.", true},
		{"You can cancel a delivery slot online or by calling us before noon.",
			"You can cancel a delivery slot, either online or by phone, before noon.", false},
		{"You can cancel a delivery slot online or by calling us before noon.",
			"You can cancel a delivery slot by phone before noon.", true},
		{"You must be 16 or older to join a team chat, and we do not knowingly keep chat logs of anyone under 16.",
			"Only users (13 and over) may join a team chat. We do not knowingly keep chat logs of people younger than 16.", true},
		{"You must be 16 or older to join a team chat, and we do not knowingly keep chat logs of anyone under 16.",
			"Only users (16 and over) may join a team chat. We knowingly keep chat logs of people younger than 16.", true},
	} {
		got, err := Classify(doc(tt.old), doc(tt.new))
		if err != nil {
			t.Fatal(err)
		}
		if got.Material != tt.material {
			t.Errorf("%q → %q: material = %v, want %v;\n%s", tt.old, tt.new, got.Material, tt.material, dump(got))
		}
	}
}

// TestClauseRestatement: an added sentence that restates one clause of a
// longer sentence elsewhere, perhaps behind a pointer to that section, is
// a restatement (E8); one that drops the clause's negation or adds to it
// is not.
func TestClauseRestatement(t *testing.T) {
	old := "# Notice\n\n## 2. Sharing\n\nWe do not rent your email address to anyone, and we never pass your order history to other retailers.\n\n## 5. Newsletters\n\nWe send a newsletter every week.\n"
	for _, tt := range []struct {
		added    string
		material bool
	}{
		{"As section 2 says, we do not rent your email address.", false},
		{"We do not rent your email address to anyone.", false},
		{"As section 2 says, we rent your email address.", true},
		{"We may rent your email address.", true},
		{"We do not rent your address.", true},
		{"As section 2 says, we do not rent your email address, except to our partners.", true},
	} {
		new := strings.Replace(old, "every week.", "every week. "+tt.added, 1)
		got, err := Classify([]byte(old), []byte(new))
		if err != nil {
			t.Fatal(err)
		}
		if got.Material != tt.material {
			t.Errorf("%q: material = %v, want %v;\n%s", tt.added, got.Material, tt.material, dump(got))
		}
	}
}

// TestRewordedRestatement: an added sentence that says what another
// section already says, with "never" for "do not", in the passive, or
// merging two of its sentences into one, is a restatement (E8); one that
// changes the actor, the data, the negation or the modal, or swaps who
// does what, is not.
func TestRewordedRestatement(t *testing.T) {
	old := "# Notice\n\n## 2. Photos\n\nWe do not upload your photos to our servers. The app resizes each photo on your phone; no copy of it reaches us.\n\n" +
		"## 6. Reminders\n\nWe send a reminder before each appointment.\n"
	for _, tt := range []struct {
		added    string
		material bool
	}{
		{"We never upload your photos to our servers.", false},
		{"Each photo is resized on your phone by the app, and no copy of it reaches us.", false},
		{"Our servers upload your photos to us.", true},
		{"As section 2 explains, each photo is resized by the app on your phone and no copy of it reaches us.", false},
		{"We never upload your photos or videos to our servers.", true},
		{"We may upload your photos to our servers.", true},
		{"Your photos are uploaded to our servers.", true},
		{"Each photo is resized by the app on your phone and a copy of it reaches us.", true},
		{"Each photo is resized by the app on our servers and no copy of it reaches you.", true},
	} {
		new := strings.Replace(old, "each appointment.", "each appointment. "+tt.added, 1)
		got, err := Classify([]byte(old), []byte(new))
		if err != nil {
			t.Fatal(err)
		}
		if got.Material != tt.material {
			t.Errorf("%q: material = %v, want %v;\n%s", tt.added, got.Material, tt.material, dump(got))
		}
	}
}

// TestCategoryByTopic: a section headed "keeping ... safe" is about
// security, whatever "keep" says elsewhere; a statement that names a
// country or says "outside" is about where data goes.
func TestCategoryByTopic(t *testing.T) {
	for _, tt := range []struct {
		old, new, cat string
	}{
		{"# N\n\n## Keeping your account safe\n\nWe scan our systems for weaknesses every month.\n",
			"# N\n\n## Keeping your account safe\n\nWe may scan our systems for weaknesses every month.\n", notice.CatSecurity},
		{"# N\n\n## Where we work\n\nWe do not move your details outside Canada.\n\nWe answer within a week.\n",
			"# N\n\n## Where we work\n\nWe answer within a week.\n", notice.CatInternational},
		{"# N\n\n## Our staff\n\nWe answer within a week.\n",
			"# N\n\n## Our staff\n\nWe answer within a week. Our helpdesk team in Peru can read your messages.\n", notice.CatInternational},
	} {
		got, err := Classify([]byte(tt.old), []byte(tt.new))
		if err != nil {
			t.Fatal(err)
		}
		if !got.Material || !slices.Contains(got.Categories, tt.cat) {
			t.Errorf("%q: categories = %v, want material with %s;\n%s", tt.new, got.Categories, tt.cat, dump(got))
		}
	}
}

// TestConditionDropped: a whole// TestConditionDropped: a whole condition dropped from a permission
// widens it (M4, less protective), added it narrows it; a condition
// reworded into a purpose ("if you choose to leave" → "to leave") or moved
// is not a change.
func TestConditionDropped(t *testing.T) {
	doc := func(s string) []byte {
		return []byte("# Notice\n\n## How we use it\n\nWe use your details to:\n\n" + s + "\n")
	}
	for _, tt := range []struct {
		old, new string
		material bool
		impact   notice.Impact
	}{
		{"- post your order updates by email and, if you ask us to, by push notification;",
			"- post your order updates by email and by push notification;", true, notice.ImpactLessProtective},
		{"- post your order updates by email and by push notification;",
			"- post your order updates by email and, if you ask us to, by push notification;", true, notice.ImpactMoreProtective},
		{"- share your wish list with friends, provided that you make it public.",
			"- share your wish list with friends.", true, notice.ImpactLessProtective},
		{"- post your order updates by email and, if you ask us to, by push notification;",
			"- post your order updates by email and by push notification, if you ask us to;", false, ""},
		{"If you choose to close your account, please use the form in your settings.",
			"To close your account, please use the form in your settings.", false, ""},
	} {
		got, err := Classify(doc(tt.old), doc(tt.new))
		if err != nil {
			t.Fatal(err)
		}
		if got.Material != tt.material || tt.impact != "" && got.Impact != tt.impact {
			t.Errorf("%q → %q: material = %v (%s), want %v (%s);\n%s", tt.old, tt.new, got.Material, got.Impact, tt.material, tt.impact, dump(got))
		}
	}
}

// TestImpactDirections: a safeguard repeated more often, a deadline given
// a longer alternative, and a storage place dropped from a list each have
// the direction the guidelines give them; equal frequencies are
// editorial.
func TestImpactDirections(t *testing.T) {
	doc := func(s string) []byte { return []byte("# Notice\n\n## Security and storage\n\n" + s + "\n") }
	for _, tt := range []struct {
		old, new string
		material bool
		impact   notice.Impact
	}{
		{"An outside auditor reviews our payment systems twice a year.",
			"An outside auditor reviews our payment systems every quarter.", true, notice.ImpactMoreProtective},
		{"An outside auditor reviews our payment systems every quarter.",
			"An outside auditor reviews our payment systems twice a year.", true, notice.ImpactLessProtective},
		{"An outside auditor reviews our payment systems twice a year.",
			"An outside auditor reviews our payment systems every six months.", false, ""},
		{"We answer deletion requests within 14 days.",
			"We answer deletion requests within 14 days, or within 60 days for requests about several accounts.", true, notice.ImpactLessProtective},
		{"We answer deletion requests within 14 days, or within 60 days for requests about several accounts.",
			"We answer deletion requests within 14 days.", true, notice.ImpactMoreProtective},
		{"Our backups are kept in Canada and Germany.",
			"Our backups are kept in Canada.", true, notice.ImpactMoreProtective},
		{"Our backups are kept in Canada.",
			"Our backups are kept in Canada and Germany.", true, notice.ImpactLessProtective},
	} {
		got, err := Classify(doc(tt.old), doc(tt.new))
		if err != nil {
			t.Fatal(err)
		}
		if got.Material != tt.material || tt.impact != "" && got.Impact != tt.impact {
			t.Errorf("%q → %q: material = %v (%s), want %v (%s);\n%s", tt.old, tt.new, got.Material, got.Impact, tt.material, tt.impact, dump(got))
		}
	}
}

// TestImpactOfClauses: an exception dropped from a ban makes it absolute
// (more protective), data excluded from the definition of personal data
// narrows it (less), an arbitration clause binds users (less), and a new
// safeguard protects more.
func TestImpactOfClauses(t *testing.T) {
	doc := func(s string) []byte {
		return []byte("# Notice\n\n## Terms\n\nWe keep your account while it is open.\n\n" + s + "\n")
	}
	ban := "We never show your profile photo to other members, except that moderators may see it when they review a report."
	def := "In this policy, \"personal data\" means information about an identifiable person, including your location."
	arb := "Any dispute with us must be settled by binding arbitration, and you waive your right to a jury trial."
	safe := "A specialist firm scans our servers for vulnerabilities every month."
	for _, tt := range []struct {
		old, new string
		impact   notice.Impact
	}{
		{ban, "We never show your profile photo to other members.", notice.ImpactMoreProtective},
		{"We never show your profile photo to other members.", ban, notice.ImpactLessProtective},
		{def, strings.Replace(def, "location.", "location, but not your browsing history.", 1), notice.ImpactLessProtective},
		{"", arb, notice.ImpactLessProtective},
		{arb, "", notice.ImpactMoreProtective},
		{"", safe, notice.ImpactMoreProtective},
		{safe, "", notice.ImpactLessProtective},
	} {
		got, err := Classify(doc(tt.old), doc(tt.new))
		if err != nil {
			t.Fatal(err)
		}
		if !got.Material || got.Impact != tt.impact {
			t.Errorf("%q → %q: material = %v (%s), want true (%s);\n%s", tt.old, tt.new, got.Material, got.Impact, tt.impact, dump(got))
		}
	}
}

// TestConsentAndHedges checks two ways a promise is weakened in other
// words: a consent to be asked for becomes a notice to be given, and an
// absolute ("never") gains a hedge ("not usually").
func TestConsentAndHedges(t *testing.T) {
	const old = "# Club notice\n\n## Members\n\nWe run a booking service for sports clubs. Where a club cannot give consent itself, " +
		"we ask the club to obtain signed consent from each member before the profile goes live. Recordings of matches are never shared with sponsors.\n"
	for _, c := range []struct {
		from, to string
		material bool
		impact   notice.Impact
	}{
		{"to obtain signed consent from each member", "to inform each member", true, notice.ImpactLessProtective},
		{"to obtain signed consent from each member", "to get signed approval from each member", false, notice.ImpactNone},
		{"are never shared with sponsors", "are not usually shared with sponsors", true, notice.ImpactLessProtective},
		{"are never shared with sponsors", "are, in most cases, never shared with sponsors", true, notice.ImpactLessProtective},
		{"are never shared with sponsors", "are not ever shared with sponsors", false, notice.ImpactNone},
	} {
		got, err := Classify([]byte(old), []byte(strings.Replace(old, c.from, c.to, 1)))
		if err != nil {
			t.Fatal(err)
		}
		if got.Material != c.material || got.Impact != c.impact {
			t.Errorf("%q → %q: material %v, impact %q; want %v, %q\n%s", c.from, c.to, got.Material, got.Impact, c.material, c.impact, dump(got))
		}
	}
}

// TestOnlyInOtherWords checks that "and by no one else" says what "only"
// says, and that a floor added to the same company's address in a
// sentence is a contact detail (E5).
func TestOnlyInOtherWords(t *testing.T) {
	const old = "# Quiz notice\n\n## Answers\n\nPupils answer quizzes in class. Only the teacher who set the quiz sees the answers.\n\n" +
		"## Contact\n\nQuizbright Ltd, 12 Mercer Street, Leeds LS1 4AB, is responsible for your information.\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{"Only the teacher who set the quiz sees the answers.", "The answers are seen by the teacher who set the quiz and by no one else.", false},
		{"Only the teacher who set the quiz sees the answers.", "The answers are seen by the teacher who set the quiz.", true},
		{"12 Mercer Street, Leeds", "12 Mercer Street, 4th Floor, Leeds", false},
		{"12 Mercer Street, Leeds", "12 Mercer Street, Suite 5, Leeds", false},
		{"Quizbright Ltd, 12 Mercer Street", "Quizbright Holdings Ltd, 12 Mercer Street", true},
	} {
		got, err := Classify([]byte(old), []byte(strings.Replace(old, c.from, c.to, 1)))
		if err != nil {
			t.Fatal(err)
		}
		if got.Material != c.material {
			t.Errorf("%q → %q: material %v, want %v\n%s", c.from, c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestRestatedWithEmphasis checks that a sentence restating a ban without
// its emphasis ("whatsoever", "of any kind") and with a shorter word for
// the same thing ("adverts") is a restatement (E8), and that one naming
// something else is not.
func TestRestatedWithEmphasis(t *testing.T) {
	const old = "# Puzzle notice\n\n## Puzzles\n\nPuzzlers solve a daily grid, and there are no advertisements whatsoever in the puzzle app.\n\n" +
		"## Cookies\n\nThe website sets one session cookie.\n"
	for _, c := range []struct {
		added    string
		material bool
	}{
		{"There are no adverts in the puzzle app.", false},
		{"There are no adverts of any sort in the puzzle app.", false},
		{"There are no adverts in the chat app.", true},
	} {
		new := strings.Replace(old, "one session cookie.", "one session cookie. "+c.added, 1)
		got, err := Classify([]byte(old), []byte(new))
		if err != nil {
			t.Fatal(err)
		}
		if got.Material != c.material {
			t.Errorf("%q added: material %v, want %v\n%s", c.added, got.Material, c.material, dump(got))
		}
	}
}

// TestNeedAsRequirement checks that "X need a key to do Y" states the
// requirement "doing Y requires a key" states, so that a rewrite between
// them is not read as a commitment weakened, while dropping it still is.
func TestNeedAsRequirement(t *testing.T) {
	const old = "# Console notice\n\n## Security\n\nWe host the console in two data centres. Signing in to the admin console requires a hardware key.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Administrators need a hardware key to sign in to the admin console.", false},
		{"Administrators signing in to the admin console need a hardware key.", false},
		{"Administrators may use a hardware key to sign in to the admin console.", true},
	} {
		got, err := Classify([]byte(old), []byte(strings.Replace(old, "Signing in to the admin console requires a hardware key.", c.to, 1)))
		if err != nil {
			t.Fatal(err)
		}
		if got.Material != c.material {
			t.Errorf("%q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestWordsDroppedOrAdded checks that a one-sentence edit that drops or
// adds a few content words with nothing equivalent in their place (a
// condition, a qualifier, who may see something, a bound on a number) is
// material (M3, M6), while a synonym, a pronoun for a person or a unit
// spelled out stays editorial.
func TestWordsDroppedOrAdded(t *testing.T) {
	const old = "# Shop notice\n\n## Use\n\nWe collect your name. %s\n"
	for _, c := range []struct {
		from, to string
		material bool
		impact   notice.Impact
	}{
		{"We pass your order history to the courier at your request.", "We pass your order history to the courier.", true, notice.ImpactLessProtective},
		{"We analyse purchase records in an anonymous form to plan stock.", "We analyse purchase records to plan stock.", true, notice.ImpactLessProtective},
		{"We may share data to protect against fraud or serious financial loss.", "We may share data to protect against fraud or financial loss.", true, notice.ImpactLessProtective},
		{"No single shopper can be recognised from the statistics.", "No single shopper can easily be recognised from the statistics.", true, notice.ImpactLessProtective},
		{"We publish your review so that other shoppers can read it.", "We publish your review so that it can be read.", true, ""},
		{"Invoices are kept for 6 years.", "Invoices are kept for at least 6 years.", true, notice.ImpactLessProtective},
		{"Invoices are kept for no more than 6 years.", "Invoices are kept for up to 6 years.", false, ""},
		{"We send newsletters only if you tick the box to get them.", "We send newsletters unless you tick the box to refuse them.", true, notice.ImpactLessProtective},
		{"We reply if you choose to write to us.", "We reply if you write to us.", false, ""},
		{"You can see your orders in the app.", "A customer can see their orders in the app.", false, ""},
		// A one-word gloss in parentheses, bullets turned into spaces, and
		// an insertion beside a reworded phrase.
		{"We may pass your order to the following delivery firms in Canada:", "We may pass your order to the following delivery firms (carriers) in Canada:", false, ""},
		{"To ship your order., • Contact Data • Order Data", "To ship your order., Contact Data Order Data", false, ""},
		{"You don't need to sign in to browse the shop.", "You do not have to sign in to browse the shop.", false, ""},
		{"Our returns desk is in Lisbon.", "Our returns desk is located in Lisbon.", false, ""},
		{"You can turn off reminders in your reminder settings at any time.", "You can turn off reminders on your account reminder page at any time.", false, ""},
	} {
		got, err := Classify([]byte(fmt.Sprintf(old, c.from)), []byte(fmt.Sprintf(old, c.to)))
		if err != nil {
			t.Fatal(err)
		}
		if got.Material != c.material || c.impact != "" && got.Impact != c.impact {
			t.Errorf("%q → %q: material %v (%s), want %v (%s)\n%s", c.from, c.to, got.Material, got.Impact, c.material, c.impact, dump(got))
		}
	}
}

// TestSpellingVariants checks that hyphenation, an abbreviation with a
// digit in parentheses and verbs that notices use for one another are
// rewording (E7), while a changed practice in the same sentence is not.
func TestSpellingVariants(t *testing.T) {
	const old = "# Shop notice\n\n## Payments\n\nWe collect your name. %s\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{"Our bank records each pre-payment and refund you make.", "Our bank records each prepayment and refund you make.", false},
		{"Our bank records each pre-payment and refund you make.", "Our bank records each prepayment you make.", true},
		{"Staff must use two-step verification to open your file.", "Staff must use two-step verification (2SV) to open your file.", false},
		{"Staff must use two-step verification to open your file.", "Staff may use two-step verification (2SV) to open your file.", true},
		{"We transmit the claims that your insurer asks us to file with the regulator.", "We submit the claims your insurer instructs us to file with the regulator.", false},
	} {
		got, err := Classify([]byte(fmt.Sprintf(old, c.from)), []byte(fmt.Sprintf(old, c.to)))
		if err != nil {
			t.Fatal(err)
		}
		if got.Material != c.material {
			t.Errorf("%q → %q: material %v, want %v\n%s", c.from, c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestStreetAddressMoved checks that the same company's street, unit and
// postcode changing within a sentence is a contact detail (E5), and that
// the same move together with a new company, city, country or role is not.
func TestStreetAddressMoved(t *testing.T) {
	const old = "# Quiz notice\n\n## Who we are\n\nQuizbright Ltd, 12 Mercer Street, Leeds LS1 4AB, United Kingdom, is responsible for your information.\n\n" +
		"## Answers\n\nPupils answer quizzes in class.\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{"12 Mercer Street, Leeds LS1 4AB", "Unit 9, 300 Kirkgate Road, Leeds LS2 7HY", false},
		{"12 Mercer Street, Leeds LS1 4AB", "77 Boar Lane, Floor 2, Leeds LS1 6EN", false},
		{"Quizbright Ltd, 12 Mercer Street, Leeds LS1 4AB", "Quizbright Group Ltd, 300 Kirkgate Road, Leeds LS2 7HY", true},
		{"12 Mercer Street, Leeds LS1 4AB, United Kingdom", "300 Kirkgate Road, Leeds LS2 7HY, Ireland", true},
		{"12 Mercer Street, Leeds LS1 4AB", "300 Kirkgate Road, York YO1 7HY", true},
		{"12 Mercer Street, Leeds LS1 4AB, United Kingdom, is responsible", "300 Kirkgate Road, Leeds LS2 7HY, United Kingdom, is not responsible", true},
	} {
		got, err := Classify([]byte(old), []byte(strings.Replace(old, c.from, c.to, 1)))
		if err != nil {
			t.Fatal(err)
		}
		if got.Material != c.material {
			t.Errorf("%q → %q: material %v, want %v\n%s", c.from, c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestFutureForPresent checks that "we will ..." standing in for a
// present-tense "we ..." makes no new commitment, nor does the reverse
// weaken one (M2), and that the same rewrite with a hedge, a deadline or a
// condition stays material.
func TestFutureForPresent(t *testing.T) {
	const old = "# Quiz notice\n\n## Answers\n\nPupils answer quizzes in class. We delete the answers at the end of each term, and we tell parents when a quiz is marked.\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{"We delete the answers at the end of each term", "At the end of each term, we will delete the answers", false},
		{"and we tell parents when a quiz is marked.", "and when a quiz is marked, we will inform parents.", false},
		{"We delete the answers at the end of each term, and we tell", "We will delete the answers at the end of each term, and we will tell", false},
		{"We delete the answers at the end of each term", "We may delete the answers at the end of each term", true},
		{"We delete the answers at the end of each term", "We will delete the answers within 90 days after each term", true},
		{"and we tell parents when a quiz is marked.", "and we will tell parents when a quiz is marked if they ask us.", true},
	} {
		got, err := Classify([]byte(old), []byte(strings.Replace(old, c.from, c.to, 1)))
		if err != nil {
			t.Fatal(err)
		}
		if got.Material != c.material {
			t.Errorf("%q → %q: material %v, want %v\n%s", c.from, c.to, got.Material, c.material, dump(got))
		}
	}
	// The reverse: a "we will" turned into the present tense.
	const fut = "# Quiz notice\n\n## Answers\n\nPupils answer quizzes in class. We will delete the answers at the end of each term.\n"
	got, err := Classify([]byte(fut), []byte(strings.Replace(fut, "We will delete", "We delete", 1)))
	if err != nil {
		t.Fatal(err)
	}
	if got.Material {
		t.Errorf("'We will delete' → 'We delete': material, want editorial\n%s", dump(got))
	}
}

// TestBoundBy checks that "is bound by" and "is obliged to" oblige as
// "must" does, and that a recipient named by a synonym ("purchaser" for
// "buyer") is the same recipient (E7), while the same rewrite that frees
// the recipient or names another one stays material.
func TestBoundBy(t *testing.T) {
	const old = "# Quiz notice\n\n## Sharing\n\nWe share quiz results with an acquirer of the quiz service, who must keep them confidential. " +
		"Tutors must comply with this notice.\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{"an acquirer of the quiz service, who must keep them", "a purchaser of the quiz service, who is obliged to keep them", false},
		{"Tutors must comply with this notice.", "Tutors are bound by this notice.", false},
		{"Tutors must comply with this notice.", "Tutors are not bound by this notice.", true},
		{"Tutors must comply with this notice.", "Tutors may comply with this notice.", true},
		{"an acquirer of the quiz service, who must keep them", "a purchaser of the quiz service, who may keep them", true},
		{"an acquirer of the quiz service, who must keep them", "a purchaser of the quiz service and with its advertisers, who are obliged to keep them", true},
	} {
		got, err := Classify([]byte(old), []byte(strings.Replace(old, c.from, c.to, 1)))
		if err != nil {
			t.Fatal(err)
		}
		if got.Material != c.material {
			t.Errorf("%q → %q: material %v, want %v\n%s", c.from, c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestLeadInBecomesHeading checks that bold lead-ins turned into headings
// over the same text are formatting (E3), and that the same change with
// a data type dropped, a section of data added or the heading naming
// other data stays material.
func TestLeadInBecomesHeading(t *testing.T) {
	const old = "# Quiz notice\n\n## What we collect\n\n**Payment card details.** The card you pay with and its expiry date.\n\n" +
		"**Device and browser data.** Your device model, browser version and crash reports.\n\n## Contact\n\nWrite to privacy@example.com.\n"
	const heads = "# Quiz notice\n\n## What we collect\n\n### Payment card details\n\nThe card you pay with and its expiry date.\n\n" +
		"### Device and browser data\n\nYour device model, browser version and crash reports.\n\n## Contact\n\nWrite to privacy@example.com.\n"
	for _, c := range []struct {
		name, new string
		material  bool
	}{
		{"headings", heads, false},
		{"headings with a data type dropped", strings.Replace(heads, "Your device model, browser version and crash reports.", "Your device model and browser version.", 1), true},
		{"headings with data added", strings.Replace(heads, "## Contact", "### Location data\n\nYour precise location while you use the app.\n\n## Contact", 1), true},
		{"heading naming other data", strings.Replace(heads, "### Device and browser data", "### Location and contacts data", 1), true},
	} {
		got, err := Classify([]byte(old), []byte(c.new))
		if err != nil {
			t.Fatal(err)
		}
		if got.Material != c.material {
			t.Errorf("%s: material %v, want %v\n%s", c.name, got.Material, c.material, dump(got))
		}
	}
}

// TestFreeTo checks that "you are free to" grants what "you can" grants,
// also where a clause is split off into a sentence of its own (E7), and
// that the same rewrite with a limit or a negation added stays material.
func TestFreeTo(t *testing.T) {
	const old = "# Quiz notice\n\n## Your choices\n\nWe show your scores to the tutor you pick, but only after you have given your explicit consent in the app, and you can withdraw that consent at any time in the settings, after which we stop showing new scores.\n"
	const from = "in the app, and you can withdraw that consent at any time in the settings, after which"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"in the app. You are free to withdraw that consent at any time in the settings, and once you do,", false},
		{"in the app. You are free to withdraw that consent once a year in the settings, and once you do,", true},
		{"in the app. You are not free to withdraw that consent in the settings, and once you do,", true},
	} {
		got, err := Classify([]byte(old), []byte(strings.Replace(old, from, c.to, 1)))
		if err != nil {
			t.Fatal(err)
		}
		if got.Material != c.material {
			t.Errorf("%q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestRecipientSwapped: one recipient named in place of another changes
// who receives the data, though both words are of the sharing kind; a
// synonym for the same recipient does not.
func TestRecipientSwapped(t *testing.T) {
	const old = "# Club notice\n\n## Sharing\n\nWe collect your name. %s\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{"If the club is sold, we may pass your records to the buyer, who must honour this notice.", "If the club is sold, we may pass your records to advertisers, who must honour this notice.", true},
		{"We give your address to our courier.", "We give your address to our insurer.", true},
		{"We disclose match results to the league.", "We disclose match results to sponsors.", true},
		{"If the club is sold, we may pass your records to the buyer, who must honour this notice.", "If the club is sold, we may pass your records to the purchaser, who must honour this notice.", false},
	} {
		got, err := Classify([]byte(fmt.Sprintf(old, c.from)), []byte(fmt.Sprintf(old, c.to)))
		if err != nil {
			t.Fatal(err)
		}
		if got.Material != c.material {
			t.Errorf("%q → %q: material %v, want %v\n%s", c.from, c.to, got.Material, c.material, dump(got))
		}
	}
}

// classifyEdit applies from → to once to doc and classifies the pair; it
// fails the test when doc lacks from.
func classifyEdit(t *testing.T, doc, from, to string) notice.Classification {
	t.Helper()
	if !strings.Contains(doc, from) {
		t.Fatalf("document lacks %q", from)
	}
	got, err := Classify([]byte(doc), []byte(strings.Replace(doc, from, to, 1)))
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// TestEquivalentValues: an age, a country, a fee or a waiting period
// written another way is the same value (E6); a different value is not.
func TestEquivalentValues(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Members\n\nThe club is open to people aged 21 and over. We do not sign up anyone younger than 21. " +
		"Your files are kept on servers in France and Germany. You can download a copy of your records at no cost to you.\n\n" +
		"## Complaints\n\nIf we cannot resolve your complaint within 45 days, you may take it to the Rowing Ombudsman.\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{"people aged 21 and over. We do not sign up anyone younger than 21.", "people who are at least 21 years old, and we do not sign up anyone under the age of twenty-one.", false},
		{"people aged 21 and over.", "people who are at least 25 years old.", true},
		{"anyone younger than 21.", "anyone under the age of 18.", true},
		{"Your files are kept on servers in France and Germany.", "We keep your files on French and German servers.", false},
		{"Your files are kept on servers in France and Germany.", "We keep your files on French and Polish servers.", true},
		{"Your files are kept on servers in France and Germany.", "We keep your files on French servers.", true},
		{"at no cost to you.", "free of charge.", false},
		{"at no cost to you.", "for a small fee.", true},
		{"If we cannot resolve your complaint within 45 days,", "If your complaint is still unresolved after forty-five days,", false},
		{"If we cannot resolve your complaint within 45 days,", "If your complaint is still unresolved after 60 days,", true},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("%q → %q: material %v, want %v\n%s", c.from, c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestRewordedClauses: a condition that only brings in what the statement
// acts on, a purpose clause moved to the front with "to let us", and "we
// do not let X do Y" for "X cannot do Y" say the same (E7); a new modal,
// purpose, actor or condition does not.
func TestRewordedClauses(t *testing.T) {
	const doc = "# Quiz app notice\n\n## Signals\n\nWe honor Do Not Track signals as a request to stop personalised quizzes.\n\n" +
		"## Schools\n\nThe school gives us your class list so that we can plan the timetable. We do not let pupils under 13 post comments. " +
		"We do not let partners sell your answers.\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{"We honor Do Not Track signals as", "If your browser sends a Do Not Track signal, we honor it as", false},
		{"We honor Do Not Track signals as", "If your browser sends a Do Not Track signal, we may honor it as", true},
		{"We honor Do Not Track signals as", "If you opt in, we honor Do Not Track signals as", true},
		{"The school gives us your class list so that we can plan the timetable.", "To let us plan the timetable, the school gives us your class list.", false},
		{"The school gives us your class list so that we can plan the timetable.", "To let us plan the timetable and show you offers, the school gives us your class list.", true},
		{"We do not let pupils under 13 post comments.", "Pupils under 13 cannot post comments.", false},
		{"We do not let pupils under 13 post comments.", "Pupils under 13 cannot post photos.", true},
		{"We do not let partners sell your answers.", "We do not sell your answers to partners.", true},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("%q → %q: material %v, want %v\n%s", c.from, c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestAddedRestatement: an added sentence that restates what the notice
// already says (E8) or only points to another section (E2) is editorial,
// whether it opens with "as noted above", is passive, adds what a term
// includes in words the notice uses, or describes a feature in the words
// of one sentence; one that adds an actor, a recipient, a practice, a
// modal or a data type the notice never named is material.
func TestAddedRestatement(t *testing.T) {
	const doc = "# League notice\n\n## 2. What we collect\n\nWe collect your name, your phone number and the photos you upload.\n\n" +
		"## 3. Sharing\n\nWe do not rent your email address to anyone, and we never pass your order history to other retailers. " +
		"We publish match results and league tables in the members' area.\n\n## 6. Reminders\n\nWe send a reminder before each match.\n"
	for _, c := range []struct {
		added    string
		material bool
	}{
		{"As noted above, we do not rent your email address to anyone.", false},
		{"As noted above, we rent your email address to anyone.", true},
		{"Your order history is never passed to other retailers.", false},
		{"Your order history is never passed to advertisers.", true},
		{"We do not rent your email address to anyone, and that includes the photos you upload.", false},
		{"We do not rent your email address to anyone, and that includes your bank statements.", true},
		{"The members' area is where players find match results and league tables.", false},
		{"The members' area is where sponsors find match results and league tables.", true},
		{"The members' area is where we publish match results and your phone number.", true},
		{"Section 2 explains how we use it and when we delete it.", false},
		{"Section 2 explains it, and we may sell it.", true},
	} {
		if got := classifyEdit(t, doc, "each match.", "each match. "+c.added); got.Material != c.material {
			t.Errorf("%q: material %v, want %v\n%s", c.added, got.Material, c.material, dump(got))
		}
	}
}

// TestListBecomesTable: list items turned into table rows under a header
// that names what a column says, or with a label column naming each item,
// are the same items (E7); a row with another period, without a data type
// or with a new exception is not.
func TestListBecomesTable(t *testing.T) {
	const doc = "# Gym notice\n\n## How long we keep data\n\n- Visit logs are kept for 18 months.\n- Membership records are kept for 5 years after your membership ends.\n\n" +
		"## Your rights\n\nYou can:\n\n- access the data we hold about you;\n- correct your contact details;\n- delete your account and your workout history.\n"
	const list = "- Visit logs are kept for 18 months.\n- Membership records are kept for 5 years after your membership ends.\n"
	const rights = "You can:\n\n- access the data we hold about you;\n- correct your contact details;\n- delete your account and your workout history.\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{list, "| Data | How long we keep it |\n|---|---|\n| Visit logs | 18 months |\n| Membership records | 5 years after your membership ends |\n", false},
		{list, "| Data | How long we keep it |\n|---|---|\n| Visit logs | 24 months |\n| Membership records | 5 years after your membership ends |\n", true},
		{list, "| Data | How long we keep it |\n|---|---|\n| Visit logs | 18 months |\n| Records | 5 years after your membership ends |\n", true},
		{list, "| Data | How long we keep it |\n|---|---|\n| Visit logs | 18 months |\n| Membership records | 5 years after your membership ends, unless you ask us to keep them |\n", true},
		{rights, "| Right | What you can do |\n|---|---|\n| Access | Access the data we hold about you |\n| Correction | Correct your contact details |\n| Deletion | Delete your account and your workout history |\n", false},
		{rights, "| Right | What you can do |\n|---|---|\n| Access | Access the data we hold about you |\n| Correction | Correct your contact details |\n| Deletion | Delete your account |\n", true},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("%q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestCategoryOfStatement: a complaint route to an authority is disputes,
// a disclosure to the police or a court is sharing, who the notice covers
// is its scope (other), "only" limits the verb it follows, a company that
// receives data is a recipient, a consent asked for is choice, where the
// people live who may use the rights is access, and a statement no cue
// names is about the practices its words name.
func TestCategoryOfStatement(t *testing.T) {
	const doc = "# Ferry notice\n\n## 1. About this notice\n\nThis notice explains how Example Ferries handles personal information about passengers, about staff who use the booking tools and about visitors to ferries.example.com.\n\n" +
		"## 2. Information we collect\n\n### Calls and needs\n\n" +
		"If you mention a medical need, we use it only to plan your boarding. Calls to our booking line may be recorded for training.\n\n" +
		"## 3. Law-enforcement requests\n\nWe disclose passenger lists to the police only when we receive a court order.\n\n" +
		"## 4. Payments\n\n- **Card payments:** Harbourline Bank plc receives your card number to take payment.\n\n" +
		"## 5. Statistics\n\nPort operators who lease berths to us receive the number of passengers on each crossing.\n\n" +
		"## 6. Your choices and rights\n\nThese rights are available to all passengers, wherever they live. If you think we mishandled your data, you can complain to the Maritime Data Commissioner or to the data protection authority in the country where you live.\n\n" +
		"## 7. On board\n\nWe do not film the passenger lounges, and the ship has no microphone in the cabins.\n"
	for _, c := range []struct {
		from, to, cat string
	}{
		{" or to the data protection authority in the country where you live.", ".", notice.CatDisputes},
		{"only when we receive a court order.", "when we receive any legal request.", notice.CatSharing},
		{", about staff who use the booking tools and about visitors", " and about visitors", notice.CatOther},
		{"we use it only to plan your boarding.", "we use it to plan your boarding.", notice.CatUse},
		{"Harbourline Bank plc receives your card number", "your card number is passed on", notice.CatSharing},
		{"on each crossing.", "on each crossing, broken down by age group and home town.", notice.CatSharing},
		{"available to all passengers, wherever they live.", "available to passengers in Norway and Denmark.", notice.CatAccess},
		{"may be recorded for training.", "are recorded for training only if you agree.", notice.CatChoice},
		{"We do not film the passenger lounges,", "We do not usually film the passenger lounges,", notice.CatCollection},
	} {
		got := classifyEdit(t, doc, c.from, c.to)
		if !got.Material || !slices.Contains(got.Categories, c.cat) {
			t.Errorf("%q → %q: categories %v, want material with %s\n%s", c.from, c.to, got.Categories, c.cat, dump(got))
		}
	}
}

// TestHedgedStatements: a hedge ("usually", "in most cases") added to a
// plain commitment of ours is less protective and one added to a
// permission narrows it (M2), wherever the statement has no "never" or
// "will"; a hedge inside a purpose clause or an adjective qualifies no
// statement, and a value written another way is no edit (E6).
func TestHedgedStatements(t *testing.T) {
	const doc = "# Harbour Bakery notice\n\n## Requests\n\nWe answer access requests within 21 days. " +
		"We share your order details with our delivery courier.\n\n## Purposes\n\n" +
		"We use your postcode to plan delivery rounds and to generally keep the ordering site running. " +
		"Card details are protected with generally accepted encryption standards.\n\n" +
		"## Closing an account\n\nWe delete closed accounts within 60 days.\n"
	for _, c := range []struct {
		from, to string
		material bool
		impact   notice.Impact
	}{
		{"We answer access requests within 21 days.", "We generally answer access requests within 21 days.", true, notice.ImpactLessProtective},
		{"We answer access requests within 21 days.", "We usually answer access requests within 21 days.", true, notice.ImpactLessProtective},
		{"We delete closed accounts within 60 days.", "In most cases, we delete closed accounts within 60 days.", true, notice.ImpactLessProtective},
		{"We delete closed accounts within 60 days.", "We delete closed accounts within 60 days where possible.", true, notice.ImpactLessProtective},
		{"We share your order details with our delivery courier.", "We generally share your order details with our delivery courier.", true, notice.ImpactMoreProtective},
		{"and to generally keep the ordering site running.", "and to keep the ordering site running.", false, notice.ImpactNone},
		{"to plan delivery rounds and to generally keep", "to plan delivery rounds, generally keep", false, notice.ImpactNone},
		{"protected with generally accepted encryption standards.", "protected with accepted encryption standards.", false, notice.ImpactNone},
		{"We delete closed accounts within 60 days.", "We delete closed accounts within sixty days.", false, notice.ImpactNone},
	} {
		got := classifyEdit(t, doc, c.from, c.to)
		if got.Material != c.material || c.material && got.Impact != c.impact {
			t.Errorf("%q → %q: material %v (%s), want %v (%s)\n%s", c.from, c.to, got.Material, got.Impact, c.material, c.impact, dump(got))
		}
	}
}

// TestItemReplacedInList: one data item of a list put in another's place
// is a new item, not a synonym (M5), however close the words; the same
// item in other words, a synonym or an expanded abbreviation is not, nor
// is a word other than a data type swapped beside a list.
func TestItemReplacedInList(t *testing.T) {
	const doc = "# Climbing wall notice\n\n## What we collect\n\n" +
		"When you join, we collect your name, your year of birth (optional), your phone number, your IP address and your visit history.\n\n" +
		"## Contact\n\nIf you have a question, please write to us first, and we will reply.\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{"your year of birth (optional)", "your birthday (optional)", true},
		{"your phone number,", "your member number,", true},
		{"your phone number,", "your precise location,", true},
		{"your year of birth (optional)", "your birth year (optional)", false},
		{"your phone number,", "your telephone number,", false},
		{"your IP address and", "your Internet Protocol address and", false},
		{"please write to us first, and", "please get in touch with us first, and", false},
	} {
		got := classifyEdit(t, doc, c.from, c.to)
		if got.Material != c.material {
			t.Errorf("%q → %q: material %v, want %v\n%s", c.from, c.to, got.Material, c.material, dump(got))
			continue
		}
		if c.material && (got.Impact != notice.ImpactLessProtective || !slices.Contains(got.Categories, notice.CatCollection)) {
			t.Errorf("%q → %q: %s %v, want less-protective with collection\n%s", c.from, c.to, got.Impact, got.Categories, dump(got))
		}
	}
}

// TestMergedAndSplitStatements: two sentences merged with an elliptical
// denial ("..., but not ..."), or one split in two that repeats its "may",
// say the same (E7); a denial moved to another item, or a "may" that
// governs a verb the old sentence stated plainly, does not.
func TestMergedAndSplitStatements(t *testing.T) {
	const doc = "# Pottery studio notice\n\n## Booking\n\n" +
		"When you book through a partner site, we import your name and booking time from that site. We do not import your card number or your reviews.\n\n" +
		"## Sharing\n\nWe may keep your booking history for studio planning and pass it to our kiln supplier for scheduling. " +
		"We keep your booking history for studio planning and pass it to our kiln supplier for scheduling.\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{"from that site. We do not import your card number or your reviews.", "from that site, but not your card number or your reviews.", false},
		{"from that site. We do not import your card number or your reviews.", "from that site and your card number, but not your reviews.", true},
		{"We may keep your booking history for studio planning and pass it", "We may keep your booking history for studio planning. We may also pass it", false},
		{"We keep your booking history for studio planning and pass it", "We keep your booking history for studio planning. We may also pass it", true},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("%q → %q: material %v, want %v\n%s", c.from, c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestSameDenialOtherWords: "does not apply to" and "excludes" deny
// alike, "without doing X" denies X as "you do not have to do X" does, a
// passive keeps its actor, and a reordered list with a verb swapped for a
// synonym keeps its items (E7); a denial dropped, an act now required, a
// new actor or a new item is material.
func TestSameDenialOtherWords(t *testing.T) {
	const doc = "# Sketchbook app notice\n\n## Scope\n\nThis notice does not apply to sketches you publish on other sites.\n\n" +
		"## Using the app\n\nYou can draw without making a profile and without telling us your age, your school or your nickname.\n\n" +
		"## Research\n\nQuillpen Studio may invite artists to short interviews about the drawing tools.\n\n" +
		"## Payments\n\n- **Payment processors** (Stripe and Adyen), to take payments.\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{"This notice does not apply to sketches", "This notice excludes sketches", false},
		{"This notice does not apply to sketches", "This notice also applies to sketches", true},
		{"You can draw without making a profile and without telling us your age, your school or your nickname.", "No profile is needed to draw, and you do not have to tell us your age, your school or your nickname.", false},
		{"You can draw without making a profile and without telling us your age, your school or your nickname.", "No profile is needed to draw, but you have to tell us your age, your school or your nickname.", true},
		{"Quillpen Studio may invite artists to short interviews", "Artists may be invited to short interviews by Quillpen Studio", false},
		{"Quillpen Studio may invite artists to short interviews", "Artists may be invited to short interviews by our research partners", true},
		{"(Stripe and Adyen), to take payments.", "(Adyen and Stripe), to handle payments.", false},
		{"(Stripe and Adyen), to take payments.", "(Adyen, Stripe and Klarna), to handle payments.", true},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("%q → %q: material %v, want %v\n%s", c.from, c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestCompanyNameForWe: an added sentence that names the company where
// the notice says "we" restates what the notice says with "we" (E8); one
// that changes what is denied or adds a data type does not.
func TestCompanyNameForWe(t *testing.T) {
	const doc = "# Notice\n\nOrchard Lane Cards Ltd (\"Orchard Lane\", \"we\", \"us\") sells greeting cards at orchardlane.example.com.\n\n" +
		"## Sharing\n\nWe do not rent your address book, and we do not sell your order history.\n\n## Help\n\nWrite to help@example.com.\n"
	for _, c := range []struct {
		added    string
		material bool
	}{
		{"Orchard Lane does not rent your address book.", false},
		{"Orchard Lane's policy is that it does not rent your address book.", true},
		{"Orchard Lane rents your address book.", true},
		{"Orchard Lane does not rent your photos.", true},
	} {
		if got := classifyEdit(t, doc, "at orchardlane.example.com.", "at orchardlane.example.com. "+c.added); got.Material != c.material {
			t.Errorf("%q: material %v, want %v\n%s", c.added, got.Material, c.material, dump(got))
		}
	}
}

// TestLinkTextPointer: a link to the same page given descriptive text in
// parentheses, or vague link words made descriptive, is editorial (E4);
// words that extend what the sentence says, though in a link's text, and
// a link to another page are not.
func TestLinkTextPointer(t *testing.T) {
	const doc = "# Notice\n\n## Certification\n\nWe take part in the [Fairframe scheme](https://fairframe.example.org/members) for disputes about our practices.\n\n" +
		"## Your files\n\nYou can [download your drawings](https://sketch.example.com/export) at any time. For more, click [here](https://sketch.example.com/help).\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{"We take part in the [Fairframe scheme](https://fairframe.example.org/members) for",
			"We take part in the Fairframe scheme ([see our membership entry](https://fairframe.example.org/members)) for", false},
		{"click [here](https://sketch.example.com/help).", "see [our help pages](https://sketch.example.com/help).", false},
		{"[download your drawings](https://sketch.example.com/export)", "[download your drawings and delete your account](https://sketch.example.com/export)", true},
		{"We take part in the [Fairframe scheme](https://fairframe.example.org/members) for",
			"We take part in the Fairframe scheme ([see our membership entry](https://otherscheme.example.org/members)) for", true},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("%q → %q: material %v, want %v\n%s", c.from, c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestCategoryOfEdits: a category cue counts at the start of a word only
// ("agent" is not in "Reagenta"), a program the paragraph calls a privacy
// seal is a dispute route, an item dropped from a list of safeguards is
// security, a condition dropped from a permission to use data is about
// that use, and a new action joined to a statement is a new use.
func TestCategoryOfEdits(t *testing.T) {
	const doc = "# Reagenta Labs notice\n\n## Reagenta seal\n\nReagenta Labs holds the Brightmark Privacy Seal. The Brightmark program covers our website. The Brightmark program does not cover our kiosks.\n\n" +
		"## Safeguards\n\nWe protect your data with physical, electronic and managerial security measures.\n\n" +
		"## Newsletters\n\nIf you have signed up for our newsletter, we may use your page views to choose its topics.\n\n" +
		"## At the counter\n\nIf you ask for a printed receipt, we collect your postcode and print it on the receipt.\n"
	for _, c := range []struct {
		from, to, cat string
	}{
		{"The Brightmark program does not cover our kiosks.", "The Brightmark program also covers our kiosks.", notice.CatDisputes},
		{"with physical, electronic and managerial security measures.", "with electronic and managerial security measures.", notice.CatSecurity},
		{"If you have signed up for our newsletter, we may use your page views", "We may use your page views", notice.CatUse},
		{"we collect your postcode and print it on the receipt.", "we collect your postcode, print it on the receipt and add it to our mailing list.", notice.CatUse},
	} {
		got := classifyEdit(t, doc, c.from, c.to)
		if !got.Material || !slices.Contains(got.Categories, c.cat) {
			t.Errorf("%q → %q: categories %v, want material with %s\n%s", c.from, c.to, got.Categories, c.cat, dump(got))
		}
		if slices.Contains(got.Categories, notice.CatAccess) {
			t.Errorf("%q → %q: categories %v name access, which no word of the edit is about\n%s", c.from, c.to, got.Categories, dump(got))
		}
	}
}

// TestRestyledMarkdown: restyling Markdown is never material. Subheadings
// set as bold lines, a bullet list made a numbered one and '-' markers
// made '*' say what they said; a bold line that denies or permits, or
// that ends a sentence, is a statement and still counts.
func TestRestyledMarkdown(t *testing.T) {
	const doc = "# Bakery notice\n\n## 2. What we collect\n\n### 2.1 Orders you place\n\n- Your name and delivery address.\n- The cakes you order.\n\n" +
		"### 2.2 Data from partner shops\n\nPartner shops send us your loyalty number.\n\n## 3. Your choices\n\nYou may:\n\n- see the data we hold;\n- fix a wrong address; and\n- close your account.\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{"### 2.2 Data from partner shops", "**2.2 Data from partner shops**", false},
		{"### 2.1 Orders you place", "__2.1 Orders you place__", false},
		{"- see the data we hold;\n- fix a wrong address; and\n- close your account.", "1. see the data we hold;\n2. fix a wrong address; and\n3. close your account.", false},
		{"- see the data we hold;\n- fix a wrong address; and\n- close your account.", "1. see the data we hold;\n2. fix a wrong address; and\n3. close your account within 90 days.", true},
		{"- Your name and delivery address.\n- The cakes you order.", "* Your name and delivery address.\n* The cakes you order.", false},
		{"### 2.2 Data from partner shops", "**2.2 We never sell data from partner shops**", true},
		{"### 2.2 Data from partner shops", "**Partner shops may also send us your birthday.**", true},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("%q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestNumberedTableRows: a column that only numbers a table's rows is
// layout, as a numbered list's numbers are; a number cell that is no row
// number, or an item changed, still counts.
func TestNumberedTableRows(t *testing.T) {
	const doc = "# Bakery notice\n\n## Why we use your data\n\n- To bake and deliver your order\n- To remind you of a birthday you saved\n- To answer your messages\n"
	const list = "- To bake and deliver your order\n- To remind you of a birthday you saved\n- To answer your messages\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"| # | Purpose |\n|---|---|\n| 1 | To bake and deliver your order |\n| 2 | To remind you of a birthday you saved |\n| 3 | To answer your messages |\n", false},
		{"| No. | Purpose |\n|---|---|\n| 1 | To bake and deliver your order |\n| 2 | To remind you of a birthday you saved |\n| 3 | To answer your messages |\n", false},
		{"| # | Purpose |\n|---|---|\n| 1 | To bake and deliver your order |\n| 2 | To remind you of a birthday you saved |\n| 3 | To answer your messages and show you offers |\n", true},
		{"| Days | Purpose |\n|---|---|\n| 1 | To bake and deliver your order |\n| 2 | To remind you of a birthday you saved |\n| 3 | To answer your messages |\n", true},
	} {
		if got := classifyEdit(t, doc, list, c.to); got.Material != c.material {
			t.Errorf("%q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestJoinedDenials: "we do not X, and ... We do not Y" merged into "we do
// not X or Y, and ..." denies what it denied; joining a verb the old text
// affirmed to a denial, or splitting one off as an affirmation, changes
// what is denied.
func TestJoinedDenials(t *testing.T) {
	const doc = "# Bakery notice\n\n## Sharing\n\nWe do not rent your address, and we have not rented it since 2021. We do not trade your address with other shops.\n\nWe send your order to our courier.\n"
	const from = "We do not rent your address, and we have not rented it since 2021. We do not trade your address with other shops."
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{from, "We do not rent your address or trade it with other shops, and we have not rented it since 2021.", false},
		{from, "We do not rent or trade your address with other shops, and we have not rented it since 2021.", false},
		{from, "We do not rent your address, and we have not rented it since 2021. We trade your address with other shops.", true},
		{"We do not rent your address, and we have not rented it since 2021. We do not trade your address with other shops.\n\nWe send your order to our courier.",
			"We do not rent your address or send it to our courier, and we have not rented it since 2021. We do not trade your address with other shops.", true},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("%q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
	// The other way: an affirmed verb joined to a denial, and a joined
	// denial split off as an affirmation.
	const doc2 = "# Bakery notice\n\n## Sharing\n\nWe do not rent your address. We lend your address to other shops.\n"
	if got := classifyEdit(t, doc2, "We do not rent your address. We lend your address to other shops.", "We do not rent your address or lend it to other shops."); !got.Material {
		t.Errorf("joined denial of an affirmed verb read as editorial\n%s", dump(got))
	}
	const doc3 = "# Bakery notice\n\n## Sharing\n\nWe do not rent your address or lend it to other shops.\n"
	if got := classifyEdit(t, doc3, "We do not rent your address or lend it to other shops.", "We do not rent your address, and we lend it to other shops."); !got.Material {
		t.Errorf("denial split off as an affirmation read as editorial\n%s", dump(got))
	}
}

// TestRewordedRestatementInSummary: a sentence added to a summary that rewords a
// promise the notice already makes elsewhere (E8) is editorial; one that
// widens or narrows it is material.
func TestRewordedRestatementInSummary(t *testing.T) {
	const doc = "# Bakery notice\n\n## In brief\n\n**Newsletters.** We send a newsletter about new cakes.\n\n## Newsletters\n\n" +
		"You may stop the newsletters we send at any time by utilizing the stop link provided in such newsletter or by contacting us at [help@example.com](mailto:help@example.com).\n\n" +
		"Order receipts are not newsletters, and you cannot stop them.\n"
	const from = "We send a newsletter about new cakes."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{from + " You may stop our newsletters at any time by using the stop link in each newsletter or by e-mailing help@example.com.", false},
		{from + " You may stop our newsletters and order receipts at any time by using the stop link in each newsletter or by e-mailing help@example.com.", true},
		{from + " You may stop our newsletters at any time by using the stop link in each newsletter or by telling any shop assistant.", true},
		{from + " You may stop our newsletters within 30 days by using the stop link in each newsletter or by e-mailing help@example.com.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("%q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestListItemUnderLeadIn: an item that names no practice of its own
// ("close your account") says what its list's lead-in says of it ("You
// can:"): dropping it takes a right away, adding it grants one; under a
// lead-in of ours ("We may pass your details to:") it is what we may do.
// Items under a lead-in that says neither, and an item reworded in the
// same words, stay editorial.
func TestListItemUnderLeadIn(t *testing.T) {
	const doc = "# Bakery notice\n\n## Your choices\n\nYou can:\n\n- see the data we hold\n- fix a wrong address\n- close your account\n\n" +
		"## Deliveries\n\nWe may pass your details to:\n\n- our couriers\n\n## Shops\n\nOur shops are in:\n\n- Leeds\n- York\n"
	for _, c := range []struct {
		from, to string
		material bool
		impact   notice.Impact
	}{
		{"- fix a wrong address\n- close your account\n", "- fix a wrong address\n", true, notice.ImpactLessProtective},
		{"- see the data we hold\n", "- see the data we hold\n- freeze your account\n", true, notice.ImpactMoreProtective},
		{"- our couriers\n", "- our couriers\n- the parish council\n", true, notice.ImpactLessProtective},
		{"- close your account\n", "- close your own account\n", false, ""},
		{"- Leeds\n- York\n", "- York\n- Leeds\n", false, ""},
	} {
		got := classifyEdit(t, doc, c.from, c.to)
		if got.Material != c.material || c.material && got.Impact != c.impact {
			t.Errorf("%q → %q: material %v %s, want %v %s\n%s", c.from, c.to, got.Material, got.Impact, c.material, c.impact, dump(got))
		}
	}
}

// TestHiddenActor checks that an active clause turned into a passive that
// no longer says who sees, receives or uses the data is material (M7): the
// actor when it is not the company, the recipient when the company acts.
// A passive that keeps its agent or recipient, or whose actor is the
// company or its staff, says the same (E7).
func TestHiddenActor(t *testing.T) {
	const doc = "# Trailhop notice\n\nTrailhop Ltd (\"Trailhop\", \"we\", \"us\") runs the Trailhop app.\n\n## Sharing\n\nWe collect your name. %s\n"
	for _, c := range []struct {
		from, to string
		material bool
		impact   notice.Impact
		cat      string
	}{
		{"Your teammates can see your running times.", "Your running times can be seen.", true, notice.ImpactLessProtective, notice.CatSharing},
		{"Route planners from other clubs may use your saved routes.", "Your saved routes may be used.", true, notice.ImpactLessProtective, notice.CatSharing},
		{"We share your race entries with the event organiser.", "Your race entries are shared.", true, notice.ImpactLessProtective, notice.CatSharing},
		{"You can view your invoices in the app.", "Your invoices can be viewed in the app.", true, notice.ImpactLessProtective, notice.CatAccess},
		{"Sponsors never receive your heart-rate data.", "Your heart-rate data is never received.", true, notice.ImpactMoreProtective, notice.CatSharing},
		// Editorial twins: the agent or recipient kept, or the company acting.
		{"Your teammates can see your running times.", "Your running times can be seen by your teammates.", false, "", ""},
		{"Route planners from other clubs may use your saved routes.", "Your saved routes may be used by route planners from other clubs.", false, "", ""},
		{"We share your race entries with the event organiser.", "Your race entries are shared with the event organiser.", false, "", ""},
		{"We share your race entries.", "Your race entries are shared.", false, "", ""},
		{"We use your postcode to plan routes near you.", "Your postcode is used to plan routes near you.", false, "", ""},
		{"We send your receipt to confirm the payment.", "Your receipt is sent to confirm the payment.", false, "", ""},
		{"Our staff can see your running times.", "Your running times can be seen.", false, "", ""},
		{"Trailhop uses your postcode to plan routes.", "Your postcode is used to plan routes.", false, "", ""},
	} {
		got := classifyEdit(t, fmt.Sprintf(doc, c.from), c.from, c.to)
		if got.Material != c.material || c.material && (got.Impact != c.impact || !slices.Contains(got.Categories, c.cat)) {
			t.Errorf("%q → %q: material %v %s %v, want %v %s %s\n%s", c.from, c.to, got.Material, got.Impact, got.Categories, c.material, c.impact, c.cat, dump(got))
		}
		if d := dump(got); c.material && !strings.Contains(d, "M7 ") && !strings.Contains(d, "M5 ") {
			t.Errorf("%q → %q: no M7 or M5 reason\n%s", c.from, c.to, d)
		}
	}
}

// TestDenialMovedFromNoun checks that a denial written with "no" that
// moves from one thing to another ("no access to or control over X" →
// "access to, but no control over, X") is material (M1): what was
// denied is now affirmed. The same denial reworded stays editorial (E7).
func TestDenialMovedFromNoun(t *testing.T) {
	const doc = "# Fernbrook notice\n\nFernbrook Ltd (\"Fernbrook\", \"we\", \"us\") runs the Fernbrook app.\n\n## Partners\n\nWe collect your name. %s\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{"The club has no view of or say over the ratings that partner gyms keep.", "The club has a view of, but no say over, the ratings that partner gyms keep.", true},
		{"Our couriers have no access to or copy of your delivery notes.", "Our couriers have access to, but no copy of, your delivery notes.", true},
		// Editorial twins: the same things denied.
		{"The club has no view of or say over the ratings that partner gyms keep.", "The club has neither a view of nor a say over the ratings that partner gyms keep.", false},
		{"Our couriers have no access to or copy of your delivery notes.", "Our couriers have no access to your delivery notes, nor a copy of them.", false},
	} {
		got := classifyEdit(t, fmt.Sprintf(doc, c.from), c.from, c.to)
		if got.Material != c.material || c.material && got.Impact != notice.ImpactLessProtective {
			t.Errorf("%q → %q: material %v %s, want %v\n%s", c.from, c.to, got.Material, got.Impact, c.material, dump(got))
		}
		if c.material && !strings.Contains(dump(got), "M1 ") {
			t.Errorf("%q → %q: no M1 reason\n%s", c.from, c.to, dump(got))
		}
	}
}

// TestBindingToRequest checks that a binding obligation on someone else
// ("our contracts require", "must") turned into a mere request ("we ask",
// "we encourage") is a hedge on a protection (M2, less protective), and
// the reverse more protective. One binding wording for another, or one
// request for another, stays editorial (E7).
func TestBindingToRequest(t *testing.T) {
	const doc = "# Fernbrook notice\n\nFernbrook Ltd (\"Fernbrook\", \"we\", \"us\") runs the Fernbrook app.\n\n## Partners\n\nWe collect your name. %s\n"
	for _, c := range []struct {
		from, to string
		material bool
		impact   notice.Impact
	}{
		{"Our agreements require couriers to delete your address after delivery.", "We ask couriers to delete your address after delivery.", true, notice.ImpactLessProtective},
		{"Couriers are obliged to keep your address confidential.", "We encourage couriers to keep your address confidential.", true, notice.ImpactLessProtective},
		{"Our terms oblige payment partners to use your card number only for refunds.", "We expect payment partners to use your card number only for refunds.", true, notice.ImpactLessProtective},
		{"We ask couriers to delete your address after delivery.", "Our agreements require couriers to delete your address after delivery.", true, notice.ImpactMoreProtective},
		// Editorial twins: binding stays binding, a request stays a request.
		{"Our agreements require couriers to delete your address after delivery.", "Our agreements oblige couriers to delete your address after delivery.", false, ""},
		{"Our agreements dictate that couriers delete your address after delivery.", "Our agreements require couriers to delete your address after delivery.", false, ""},
		{"We ask couriers to delete your address after delivery.", "We request that couriers delete your address after delivery.", false, ""},
	} {
		got := classifyEdit(t, fmt.Sprintf(doc, c.from), c.from, c.to)
		if got.Material != c.material || c.material && got.Impact != c.impact {
			t.Errorf("%q → %q: material %v %s, want %v %s\n%s", c.from, c.to, got.Material, got.Impact, c.material, c.impact, dump(got))
		}
		if c.material && !strings.Contains(dump(got), "M2 ") {
			t.Errorf("%q → %q: no M2 reason\n%s", c.from, c.to, dump(got))
		}
	}
}

// TestAudienceDropped checks that a statement of who data is visible or
// available to that loses its named audience for a vaguer scope ("visible
// to the coaches of the club" → "made visible within the club") is
// material (M7): it no longer limits who sees the data. Keeping the
// audience in other words stays editorial (E7).
func TestAudienceDropped(t *testing.T) {
	const doc = "# Fernbrook notice\n\nFernbrook Ltd (\"Fernbrook\", \"we\", \"us\") runs the Fernbrook app.\n\n## Visibility\n\nWe collect your name. %s\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{"Your training logs are visible to the coaches of the club you join.", "Your training logs are made visible within the club you join.", true},
		{"Your bookings are available to the managers and trainers at your gym.", "Your bookings are made available at your gym.", true},
		// Editorial twins: the audience kept.
		{"Your training logs are visible to the coaches of the club you join.", "Your training logs are made visible to the coaches of the club you join.", false},
		{"Your bookings are available to the managers and trainers at your gym.", "Your bookings are available to the trainers and managers at your gym.", false},
	} {
		got := classifyEdit(t, fmt.Sprintf(doc, c.from), c.from, c.to)
		if got.Material != c.material || c.material && got.Impact != notice.ImpactLessProtective {
			t.Errorf("%q → %q: material %v %s, want %v\n%s", c.from, c.to, got.Material, got.Impact, c.material, dump(got))
		}
		if d := dump(got); c.material && !strings.Contains(d, "M7 ") && !strings.Contains(d, "M5 ") {
			t.Errorf("%q → %q: no M7 or M5 reason\n%s", c.from, c.to, d)
		}
	}
}

// TestAudienceSwapped checks that a statement of who sees or receives the
// data that names someone else there ("visible to the coaches" → "visible
// to the members"), adds someone or drops someone is material (M7), even
// when the words that name them are no practice words; the wider reading
// wins for a swap (§3). The same audience in other order, with an article,
// a parenthetical gloss or another word for everyone stays editorial (E7).
func TestAudienceSwapped(t *testing.T) {
	const doc = "# Fernbrook notice\n\nFernbrook Ltd (\"Fernbrook\", \"we\", \"us\") runs the Fernbrook app.\n\n## Visibility\n\nWe collect your name. %s\n"
	for _, c := range []struct {
		from, to string
		material bool
		impact   notice.Impact
	}{
		{"Your workout history is visible to the coaches and captains of the team you join.", "Your workout history is visible to the members of the team you join.", true, notice.ImpactLessProtective},
		{"Your workout history is visible to the coaches of the team you join.", "Your workout history is visible to anyone.", true, notice.ImpactLessProtective},
		{"We pass your booking details to the instructors of the class you book.", "We pass your booking details to the sponsors of the class you book.", true, notice.ImpactLessProtective},
		{"We share your race results with the organisers of the event.", "We share your race results with the organisers and spectators of the event.", true, notice.ImpactLessProtective},
		{"Your notes are not visible to other members of the team.", "Your notes are not visible to the captains of the team.", true, notice.ImpactLessProtective},
		// Material twins of the editorial edits below: the same reorder or
		// gloss, and someone new.
		{"Your workout history is visible to the coaches and captains of the team you join.", "Your workout history is visible to the captains, coaches and sponsors of the team you join.", true, notice.ImpactLessProtective},
		{"We share your race results with the organisers of the event.", "We share your race results with the organisers (hosts) and the sponsors of the event.", true, notice.ImpactLessProtective},
		{"Your workout history is visible to anybody.", "Your workout history is visible to our staff.", true, notice.ImpactMoreProtective},
		// Editorial: the same audience.
		{"Your workout history is visible to the coaches and captains of the team you join.", "Your workout history is visible to the captains and coaches of the team you join.", false, ""},
		{"We share your race results with the organisers of the event.", "We share your race results with the organisers (hosts) of the event.", false, ""},
		{"Your workout history is visible to anybody.", "Your workout history is visible to everyone.", false, ""},
		{"Your workout history is visible to the coaches of the team you join.", "Your workout history is shown to the coaches of the team you join.", false, ""},
	} {
		got := classifyEdit(t, fmt.Sprintf(doc, c.from), c.from, c.to)
		if got.Material != c.material || c.material && got.Impact != c.impact {
			t.Errorf("%q → %q: material %v %s, want %v %s\n%s", c.from, c.to, got.Material, got.Impact, c.material, c.impact, dump(got))
		}
		if d := dump(got); c.material && !strings.Contains(d, "M7 ") && !strings.Contains(d, "M5 ") {
			t.Errorf("%q → %q: no M7 or M5 reason\n%s", c.from, c.to, d)
		}
	}
}

// TestTableRowLabels checks that a list turned into a table whose first
// column names each row's item ("Sensors | heart rate and step counts"
// under "Kind | What we record") is editorial (E7, E3): the label is a
// heading of its row. A label that names a practice the item does not
// ("Location"), an item added to a row, or a row missing, is material.
func TestTableRowLabels(t *testing.T) {
	const list = "When you train with the app, it records:\n\n" +
		"- heart rate and step counts from your watch;\n" +
		"- your location and the routes you run; and\n" +
		"- error logs and loading times.\n"
	const doc = "# Fernbrook notice\n\nFernbrook Ltd (\"Fernbrook\", \"we\", \"us\") runs the Fernbrook app.\n\n## What we record\n\n" + list + "\n## Sharing\n\nWe do not sell what we record.\n"
	const table = "When you train with the app, it records the following:\n\n| Kind | What we record |\n|---|---|\n" +
		"| Sensors | heart rate and step counts from your watch |\n" +
		"| Workouts | your location and the routes you run |\n" +
		"| %s | %s |\n"
	for _, c := range []struct {
		label, item string
		material    bool
	}{
		{"Troubleshooting", "error logs and loading times", false},
		{"Performance", "error logs and loading times", false},
		// Material twins: the same table, and a practice the list did not
		// name.
		{"Voice recordings", "error logs and loading times", true},
		{"Troubleshooting", "error logs, loading times and your contacts", true},
	} {
		got := classifyEdit(t, doc, list, fmt.Sprintf(table, c.label, c.item))
		if got.Material != c.material {
			t.Errorf("%s | %s: material %v, want %v\n%s", c.label, c.item, got.Material, c.material, dump(got))
		}
	}
	// A row left out of the table is an item gone.
	short := strings.Replace(fmt.Sprintf(table, "Troubleshooting", "error logs and loading times"), "| Workouts | your location and the routes you run |\n", "", 1)
	if got := classifyEdit(t, doc, list, short); !got.Material {
		t.Errorf("a row left out read as editorial\n%s", dump(got))
	}
}

// TestAddressAndMailboxMoved checks that the same company's street
// address and its privacy office's mailbox changed together in one
// statement, with the same domain, are contact details (E5), also with a
// new phone number. The same move with another company named, another
// role, a mailbox at another company's domain or a longer deadline is
// material.
func TestAddressAndMailboxMoved(t *testing.T) {
	const from = "Fernbrook Ltd, 12 Mill Road, Leeds LS1 4AB, is the controller of your data. You can reach our privacy team at privacy@fernbrook.example.com or on 0113 496 0000. We answer within 30 days."
	const doc = "# Fernbrook notice\n\nFernbrook runs the Fernbrook app.\n\n## Who we are\n\n" + from + "\n\n## Sharing\n\nWe do not sell your data.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Fernbrook Ltd, 40 Canal Street, Floor 3, Leeds LS2 7HY, is the controller of your data. You can reach our privacy team at dataprotection@fernbrook.example.com or on 0113 496 0999. We answer within 30 days.", false},
		{"Fernbrook Ltd, 40 Canal Street, Leeds LS2 7HY, is the controller of your data. You can reach our privacy team at team@fernbrook.example.com or on 0113 496 0000. We answer within 30 days.", false},
		// Material twins: the same move, and another change.
		{"Fernbrook Holdings Ltd, 40 Canal Street, Leeds LS2 7HY, is the controller of your data. You can reach our privacy team at team@fernbrook.example.com or on 0113 496 0000. We answer within 30 days.", true},
		{"Fernbrook Ltd, 40 Canal Street, Leeds LS2 7HY, is a joint controller of your data. You can reach our privacy team at team@fernbrook.example.com or on 0113 496 0000. We answer within 30 days.", true},
		{"Fernbrook Ltd, 40 Canal Street, Leeds LS2 7HY, is the controller of your data. You can reach our privacy team at team@lexgate.example.org or on 0113 496 0000. We answer within 30 days.", true},
		{"Fernbrook Ltd, 40 Canal Street, Leeds LS2 7HY, is the controller of your data. You can reach our privacy team at team@fernbrook.example.com or on 0113 496 0000. We answer within 45 days.", true},
	} {
		got := classifyEdit(t, doc, from, c.to)
		if got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestInvertedDenial checks that a denial carried on with an inverted
// "nor" ("We do not rent it. Nor do we lend it.") denies what "we do not"
// denied (E7): "nor" is no list item. The same inversion with an
// exception added, a recipient added or the denial dropped is material.
func TestInvertedDenial(t *testing.T) {
	const from = "We never rent your lap times to anyone. We do not lend your lap times to sponsors for their own marketing."
	const doc = "# Fernbrook notice\n\nFernbrook Ltd (\"Fernbrook\", \"we\", \"us\") runs the Fernbrook app.\n\n## Sharing\n\nWe collect your lap times. " + from + "\n"
	for _, c := range []struct {
		to       string
		material bool
		impact   notice.Impact
	}{
		{"We never rent your lap times to anyone. Nor do we lend your lap times to sponsors for their own marketing.", false, ""},
		{"We never rent your lap times to anyone, nor do we lend them to sponsors for their own marketing.", false, ""},
		// Material twins: the same inversion, and a hole in the denial.
		{"We never rent your lap times to anyone. Nor do we lend your lap times to sponsors for their own marketing, unless you opt in.", true, notice.ImpactLessProtective},
		{"We never rent your lap times to anyone. Nor do we lend your lap times to sponsors for their own marketing without telling you first.", true, notice.ImpactLessProtective},
		{"We never rent your lap times to anyone. Nor do we usually lend your lap times to sponsors for their own marketing.", true, notice.ImpactLessProtective},
		{"We never rent your lap times to anyone. We lend your lap times to sponsors for their own marketing.", true, notice.ImpactLessProtective},
	} {
		got := classifyEdit(t, doc, from, c.to)
		if got.Material != c.material || c.material && got.Impact != c.impact {
			t.Errorf("→ %q: material %v %s, want %v %s\n%s", c.to, got.Material, got.Impact, c.material, c.impact, dump(got))
		}
	}
}

// TestParagraphNamesWord checks that a rewritten paragraph that takes up
// a common practice word its unchanged sentences already use ("For
// other requests, write to us. ... Requests cost nothing") refers back to
// it (E7). The same rewrite with a fee, a longer deadline, a dropped
// promise or a word the paragraph never used is material.
func TestParagraphNamesWord(t *testing.T) {
	const from = "We reply within 20 days and do not charge a fee. We will not treat you worse for using your rights."
	const doc = "# Fernbrook notice\n\nFernbrook Ltd (\"Fernbrook\", \"we\", \"us\") runs the Fernbrook app.\n\n## Your rights\n\n" +
		"You can see and fix your profile in the app. For other requests, write to privacy@fernbrook.example.com. " + from + "\n\n## Sharing\n\nWe do not sell your data.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Requests cost nothing, and we reply to them within 20 days. Using your rights will not lead us to treat you worse.", false},
		// Material twins: the same rewrite, and another change.
		{"Requests may cost a small fee, and we reply to them within 20 days. Using your rights will not lead us to treat you worse.", true},
		{"Requests cost nothing, and we reply to them within 40 days. Using your rights will not lead us to treat you worse.", true},
		{"Requests cost nothing, and we reply to them within 20 days.", true},
		{"Requests cost nothing, and we reply to them within 20 days, or to your agent. Using your rights will not lead us to treat you worse.", true},
		{"Requests cost nothing, and we reply to them within 20 days and send you a copy. Using your rights will not lead us to treat you worse.", true},
	} {
		got := classifyEdit(t, doc, from, c.to)
		if got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestWorkedExample checks that a sentence that only works an example of
// a term the notice states ("For example, a $60 order earns 60 points")
// adds nothing (E8), added alone or beside a reworded sentence, and that
// an example that states a practice, a period or a ban of its own stays
// material.
func TestWorkedExample(t *testing.T) {
	const from = "Club members earn one point for each pound spent and get a £5 voucher for every 100 points. We use your order history to run the club; unclaimed vouchers will be cancelled."
	const doc = "# Fernbrook notice\n\nFernbrook Ltd (\"Fernbrook\", \"we\", \"us\") runs the Fernbrook shop.\n\n## Club\n\n" + from + "\n\n## Sharing\n\nWe do not sell your data.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Club members earn one point for each pound spent and get a £5 voucher for every 100 points. For example, spending £300 earns 300 points, worth three £5 vouchers. We use your order history to run the club; unclaimed vouchers will be cancelled.", false},
		{"Club members earn one point for each pound spent and get a £5 voucher for every 100 points. We use your order history to run the club. For example, spending £300 earns 300 points, worth three £5 vouchers. Vouchers that you have not claimed are cancelled.", false},
		// Material twins: the same example, stating a practice, a period
		// or a hedge of its own, or beside a reworded sentence that
		// changes what happens.
		{"Club members earn one point for each pound spent and get a £5 voucher for every 100 points. For example, spending £300 earns 300 points, and we pass your order history to our partners. We use your order history to run the club; unclaimed vouchers will be cancelled.", true},
		{"Club members earn one point for each pound spent and get a £5 voucher for every 100 points. For example, spending £300 earns 300 points, which lapse after 6 months. We use your order history to run the club; unclaimed vouchers will be cancelled.", true},
		{"Club members earn one point for each pound spent and get a £5 voucher for every 100 points. We use your order history to run the club. For example, spending £300 earns 300 points, worth three £5 vouchers. Vouchers that you have not claimed may be cancelled.", true},
		{"Club members earn one point for each pound spent and get a £5 voucher for every 100 points. We use your order history to run the club and to show you ads. For example, spending £300 earns 300 points, worth three £5 vouchers. Vouchers that you have not claimed are cancelled.", true},
	} {
		got := classifyEdit(t, doc, from, c.to)
		if got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestFutureForPlainStatement checks that "will" in a statement of what
// happens, whoever acts, says what the plain present says ("unused credit
// will be lost" → "you lose credit you have not used") (E7), while a
// hedge put in its place, or a longer period, stays material (M2, M6).
func TestFutureForPlainStatement(t *testing.T) {
	const from = "You can close your account at any time; unused credit will be forfeited after 30 days."
	const doc = "# Fernbrook notice\n\nFernbrook Ltd (\"Fernbrook\", \"we\", \"us\") runs the Fernbrook shop.\n\n## Credit\n\nWe keep a record of your credit. " + from + "\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"You can close your account at any time; you lose credit you have not used after 30 days.", false},
		{"You can close your account at any time; unused credit is forfeited after 30 days.", false},
		{"You can close your account at any time; unspent credit will be lost after 30 days.", false},
		// Material twins.
		{"You can close your account at any time; you may lose credit you have not used after 30 days.", true},
		{"You can close your account at any time; you lose credit you have not used after 10 days.", true},
		{"You can close your account at any time; you lose credit you have used after 30 days.", true},
	} {
		got := classifyEdit(t, doc, from, c.to)
		if got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestStyleSynonyms: swapping words a drafter changes for style alone
// ("collect" and "gather", "tailor" and "personalise", "deal" and
// "transaction") is rewording (E7); the same sentence with a new purpose,
// a new recipient or a weaker modal is material.
func TestStyleSynonyms(t *testing.T) {
	const doc = "# Garden club notice\n\n## What we collect\n\nWe collect different types of details from members in order to run the club and to personalise the newsletter.\n\n" +
		"## Sale of the club\n\nIf the club is sold, the details held by the club may be passed on as part of that transaction.\n\n" +
		"## Mistakes\n\nYou can ask us to correct incorrect details about you.\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{"We collect different types of details from members in order to run the club and to personalise the newsletter.", "We gather various kinds of details from members in order to run the club and to tailor the newsletter.", false},
		{"We collect different types of details from members in order to run the club and to personalise the newsletter.", "We gather various kinds of details from members in order to run the club and to tailor adverts from sponsors.", true},
		{"We collect different types of details from members in order to run the club and to personalise the newsletter.", "We gather various kinds of details from members and their neighbours in order to run the club and to tailor the newsletter.", true},
		{"the details held by the club may be passed on as part of that transaction.", "the details held by the club may be passed on as part of that deal.", false},
		{"the details held by the club may be passed on as part of that transaction.", "the details held by the club may be sold on as part of that deal.", true},
		{"You can ask us to correct incorrect details about you.", "You can ask us to fix inaccurate details about you.", false},
		{"You can ask us to correct incorrect details about you.", "You can ask us to fix inaccurate details about your children.", true},
		{"You can ask us to correct incorrect details about you.", "You may be able to ask us to fix inaccurate details about you.", true},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("%q → %q: material %v, want %v\n%s", c.from, c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestPronounSpelledOut: a pronoun replaced by the words its paragraph
// already uses for what it meant ("help them" → "help the owner", after
// "contact the workspace owner") is rewording (E7); a party the paragraph
// never named is a new one (M7), and so is the same swap beside a real
// change.
func TestPronounSpelledOut(t *testing.T) {
	const doc = "# Board notice\n\n## Requests\n\nIf you want a copy of your posts, ask the board owner first; we will help them answer you.\n\n" +
		"## Photos\n\nThe organisers keep the photos you upload, and we never sell them.\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{"we will help them answer you.", "we will help the owner answer you.", false},
		{"we will help them answer you.", "we will help the board owner answer you.", false},
		{"we will help them answer you.", "we will help advertisers answer you.", true},
		{"we will help them answer you.", "we may help the owner answer you.", true},
		{"and we never sell them.", "and we never sell the photos.", false},
		{"and we never sell them.", "and we never sell the albums.", true},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("%q → %q: material %v, want %v\n%s", c.from, c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestStateLaw: "the laws of the State of Ohio" is "Ohio law" (E6), also
// when the sentence is merged with the next; another state's law is a
// change of governing law.
func TestStateLaw(t *testing.T) {
	const doc = "# Shop notice\n\n## Disputes\n\nThis notice is governed by the laws of the State of New York. You may bring a claim in the courts of Albany County.\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{"governed by the laws of the State of New York.", "governed by New York law.", false},
		{"governed by the laws of the State of New York. You may", "governed by New York law, and you may", false},
		{"governed by the laws of the State of New York.", "governed by New Jersey law.", true},
		{"governed by the laws of the State of New York. You may", "governed by Delaware law, and you may", true},
		{"governed by the laws of the State of New York. You may bring a claim in the courts of Albany County.", "governed by New York law, and you may bring a claim only in the courts of Albany County.", true},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("%q → %q: material %v, want %v\n%s", c.from, c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestBusinessDays: "business" or "working" days leave out weekends, so
// "30 business days" is a longer period than "30 days" (M6, less
// protective for a deadline); "calendar days" are days (E6).
func TestBusinessDays(t *testing.T) {
	const doc = "# Library notice\n\n## Requests\n\nWe answer requests for a copy of your loan history within 30 days. If we refuse, you can ask us to look again and we will reply within 20 days.\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{"we will reply within 20 days.", "we will reply within 20 business days.", true},
		{"we will reply within 20 days.", "we will reply within 20 working days.", true},
		{"within 30 days. If we refuse, you can ask us to look again and we will reply within 20 days.", "within 30 days. When we refuse, you can ask us to look again and we will reply within 20 working days.", true},
		{"within 30 days.", "within 30 calendar days.", false},
		{"within 30 days.", "within thirty days.", false},
		{"we will reply within 20 days.", "we will reply within 20 calendar days.", false},
	} {
		got := classifyEdit(t, doc, c.from, c.to)
		if got.Material != c.material || c.material && got.Impact != notice.ImpactLessProtective {
			t.Errorf("%q → %q: material %v %s, want %v\n%s", c.from, c.to, got.Material, got.Impact, c.material, dump(got))
		}
		if c.material && !strings.Contains(dump(got), "M6 ") {
			t.Errorf("%q → %q: no M6 reason\n%s", c.from, c.to, dump(got))
		}
	}
}

// TestSentenceBySentence: a paragraph whose sentences were each edited
// in place is also read sentence by sentence. A condition dropped from
// one sentence is material though another sentence was only reworded
// ("If" → "When"); rewording in both is editorial. A condition moved
// from one sentence to the other now guards another promise, and the
// first no longer waits on it (E7 compares each statement's conditions):
// material.
func TestSentenceBySentence(t *testing.T) {
	const doc = "# Choir notice\n\n## Changes\n\nIf we change this notice, we will post the new version here. If a change affects singers under 16, we will ask a parent to agree again where the law requires it, and we will tell the choir leader first.\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{"If we change this notice,", "When we change this notice,", false},
		{"If we change this notice, we will post the new version here. If a change affects singers under 16, we will ask a parent to agree again where the law requires it,",
			"When we change this notice, we will post the new version on this page. If a change affects singers under 16, we will ask a parent to agree again where the law requires it,", false},
		{"If we change this notice, we will post the new version here. If a change affects singers under 16, we will ask a parent to agree again where the law requires it,",
			"When we change this notice, we will post the new version here. If a change affects singers under 16, we will ask a parent to agree again,", true},
		{"If we change this notice, we will post the new version here. If a change affects singers under 16, we will ask a parent to agree again where the law requires it,",
			"When we change this notice, we will post the new version here where the law requires it. If a change affects singers under 16, we will ask a parent to agree again,", true},
		{"If we change this notice, we will post the new version here. If a change affects singers under 16, we will ask a parent to agree again where the law requires it, and we will tell the choir leader first.",
			"When we change this notice, we will post the new version here. If a change affects singers under 16, we will ask a parent to agree again where the law requires it, and we will tell the choir leader and our sponsors first.", true},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("%q → %q: material %v, want %v\n%s", c.from, c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestAudienceAgeEitherWay: an audience's age limit stated the other way
// round ("not directed to anyone under 14" = "meant for people aged 14
// and over") and a back-reference spelt out as its value ("this age
// group" = "under 14") are editorial (E6); another age, a dropped denial
// or a weaker promise beside them is material.
func TestAudienceAgeEitherWay(t *testing.T) {
	const doc = "# Puzzle app notice\n\n## Young people\n\nThe app is not directed to anyone under 14. We do not collect details from children under 14. If we find details from this age group, we will delete them.\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{"The app is not directed to anyone under 14.", "The app is meant for people aged 14 and over.", false},
		{"The app is not directed to anyone under 14.", "The app is intended for users who are 14 or older.", false},
		{"The app is not directed to anyone under 14.", "The app is meant for people aged 18 and over.", true},
		{"The app is not directed to anyone under 14. We do not collect", "The app is meant for people aged 14 and over. We may collect", true},
		{"If we find details from this age group, we will delete them.", "If we find details from anyone younger than 14, we will delete them.", false},
		{"If we find details from this age group, we will delete them.", "If we find details from anyone younger than 13, we will delete them.", true},
		{"If we find details from this age group, we will delete them.", "If we find details from anyone younger than 14, we may delete them.", true},
		{"The app is not directed to anyone under 14. We do not collect details from children under 14. If we find details from this age group,",
			"The app is meant for people aged 14 and over. We do not collect details from children under 14. If we find details from anyone under 14,", false},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("%q → %q: material %v, want %v\n%s", c.from, c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestDefinedTermRenamed: a defined term renamed consistently, in its
// definition and in every use, is editorial (E7); the same rename with a
// new recipient, a dropped ban or a changed definition is material, and
// so is a rename that leaves the old term in use somewhere.
func TestDefinedTermRenamed(t *testing.T) {
	const doc = "# Studio notice\n\n## Your files\n\nMembers upload sketches, drafts and comments (\"Studio Files\"). We store Studio Files on servers in Ireland. " +
		"We do not sell Studio Files. We share Studio Files only with the printers you pick.\n\n## Deletion\n\nStudio Files are deleted 30 days after you leave.\n"
	rename := func(s string) string { return strings.ReplaceAll(s, "Studio Files", "Member Uploads") }
	for _, c := range []struct {
		name     string
		to       string
		material bool
	}{
		{"renamed everywhere", rename(doc), false},
		{"renamed, new recipient", strings.Replace(rename(doc), "with the printers you pick", "with the printers you pick and our advertisers", 1), true},
		{"renamed, ban dropped", strings.Replace(rename(doc), "We do not sell Member Uploads.", "We may sell Member Uploads.", 1), true},
		{"renamed, definition widened", strings.Replace(rename(doc), "drafts and comments", "drafts, comments and contacts", 1), true},
		{"renamed, longer period", strings.Replace(rename(doc), "30 days", "90 days", 1), true},
		{"renamed but the old term left", strings.Replace(rename(doc), "We do not sell Member Uploads.", "We do not sell Studio Files.", 1), true},
	} {
		got, err := Classify([]byte(doc), []byte(c.to))
		if err != nil {
			t.Fatal(err)
		}
		if got.Material != c.material {
			t.Errorf("%s: material %v, want %v\n%s", c.name, got.Material, c.material, dump(got))
		}
		if !c.material && !strings.Contains(dump(got), "renamed") {
			t.Errorf("%s: no rename reason\n%s", c.name, dump(got))
		}
	}
}

// TestListAsProse: a list rewritten as prose with the same items, or
// prose as a list, is editorial (E7): a count of the items numbered
// after it ("two kinds of recipients. The first ..."), an imperative
// route written as a verb ("call us at" = "by calling us at") and an
// effort written as a try ("in an effort to" = "to try to") say nothing
// new. A new recipient, a dropped route or a hedge added is material.
func TestListAsProse(t *testing.T) {
	const doc = "# Bakery notice\n\n## Sharing\n\nWe may pass your order details to:\n\n" +
		"* Couriers who deliver your order.\n* Our payment processor, which takes the payment.\n\n" +
		"## Choices\n\n- **Offers by email:** use the link in any email.\n- **Paper flyers:** call us at 555-0100.\n\n" +
		"## Safety\n\nWe use locked cabinets and encrypted laptops in an effort to prevent loss of your details.\n"
	const list = "We may pass your order details to:\n\n* Couriers who deliver your order.\n* Our payment processor, which takes the payment."
	const choices = "- **Offers by email:** use the link in any email.\n- **Paper flyers:** call us at 555-0100."
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{list, "We may pass your order details to two kinds of recipients. The first is couriers who deliver your order; the second is our payment processor, which takes the payment.", false},
		{list, "We may pass your order details to three kinds of recipients. The first is couriers who deliver your order; the second is our payment processor, which takes the payment; the third is advertisers.", true},
		{list, "We may pass your order details to two kinds of recipients. The first is couriers who deliver your order; the second is advertisers, who show you offers.", true},
		{choices, "You can stop offers by email with the link in any email, and stop paper flyers by calling us at 555-0100.", false},
		{choices, "You can stop paper flyers by calling us at 555-0100.", true},
		{choices, "You can stop offers by email with the link in any email, and stop paper flyers by calling us at 555-0100, and we may still share your address with printers.", true},
		{"in an effort to prevent loss", "to try to prevent loss", false},
		{"in an effort to prevent loss", "in an attempt to prevent loss", false},
		{"We use locked cabinets and encrypted laptops in an effort to prevent loss", "We may use locked cabinets and encrypted laptops to try to prevent loss", true},
		{"in an effort to prevent loss of your details.", "to try to prevent loss of your details and to study your orders.", true},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("%q → %q: material %v, want %v\n%s", c.from, c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestJoinedDenialsAndDuties: "Nor do we share X" denies what "we do not
// share X" denies, and what a rule "requires us to" do we must do (E7);
// a denial turned into a permission, a new recipient or a weaker duty
// beside them is material.
func TestJoinedDenialsAndDuties(t *testing.T) {
	const doc = "# Chat app notice\n\n## Sale\n\nWe do not sell your messages. We do not share your messages with advertisers.\n\n" +
		"## Records\n\nTax rules require us to keep your invoices for six years.\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{"We do not share your messages with advertisers.", "Nor do we share your messages with advertisers.", false},
		{"We do not sell your messages. We do not share your messages with advertisers.", "We do not sell your messages, nor will we share them with advertisers.", false},
		{"We do not share your messages with advertisers.", "Nor do we share your messages with advertisers, except with your consent.", true},
		{"We do not sell your messages. We do not share your messages with advertisers.", "We do not sell your messages. We may share your messages with advertisers.", true},
		{"Tax rules require us to keep your invoices for six years.", "Under tax rules, we must keep your invoices for six years.", false},
		{"Tax rules require us to keep your invoices for six years.", "Under tax rules, we may keep your invoices for six years.", true},
		{"Tax rules require us to keep your invoices for six years.", "Under tax rules, we must keep your invoices for ten years.", true},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("%q → %q: material %v, want %v\n%s", c.from, c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestRenumberedItemRefs: references to numbered list items renumbered to
// follow a reorder of the list ("item 4" for the item that was item 2)
// point to the same items (E7); a reference left pointing to a moved
// item's old number, or moved to another item, is material.
func TestRenumberedItemRefs(t *testing.T) {
	const doc = "# Gym notice\n\n## Uses\n\nWe use your details to:\n\n1. run your membership;\n2. send you class offers, if you opted in;\n3. keep the gym safe; and\n4. answer your questions.\n\n" +
		"## Bases\n\nWe rely on our contract with you (items 1 and 4), our interest in a safe gym (item 3) and your consent (item 2).\n"
	const list = "1. run your membership;\n2. send you class offers, if you opted in;\n3. keep the gym safe; and\n4. answer your questions."
	const moved = "1. run your membership;\n2. keep the gym safe;\n3. answer your questions; and\n4. send you class offers, if you opted in."
	const bases = "(items 1 and 4), our interest in a safe gym (item 3) and your consent (item 2)."
	for _, c := range []struct {
		name     string
		to       string
		material bool
	}{
		{"reordered, references follow", strings.Replace(strings.Replace(doc, list, moved, 1), bases, "(items 1 and 3), our interest in a safe gym (item 2) and your consent (item 4).", 1), false},
		{"reordered, references left", strings.Replace(doc, list, moved, 1), true},
		{"reordered, consent moved to another item", strings.Replace(strings.Replace(doc, list, moved, 1), bases, "(items 1 and 3), our interest in a safe gym (item 4) and your consent (item 2).", 1), true},
		{"reordered, references follow, offers no longer opt-in", strings.Replace(strings.Replace(doc, list, strings.Replace(moved, ", if you opted in", "", 1), 1), bases, "(items 1 and 3), our interest in a safe gym (item 2) and your consent (item 4).", 1), true},
	} {
		got, err := Classify([]byte(doc), []byte(c.to))
		if err != nil {
			t.Fatal(err)
		}
		if got.Material != c.material {
			t.Errorf("%s: material %v, want %v\n%s", c.name, got.Material, c.material, dump(got))
		}
	}
}

// TestSharingRestated: "only with: ... and with nobody else" says "only"
// once, "are contractually required to" binds as "our contracts require
// them to" does, and a recipient named more fully ("Acme" → "Acme Pay")
// is the same recipient (E7); a new recipient, a weaker duty or a
// dropped "only" beside them is material.
func TestSharingRestated(t *testing.T) {
	const doc = "# Ticket shop notice\n\n## Sharing\n\nWe pass your details only to:\n\n" +
		"- **Printers** that post your tickets. They are contractually required to use your details only to post tickets.\n" +
		"- **Payment firms** (Acme and Zenith), to take payment.\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{"We pass your details only to:", "We pass your details only to the partners listed below, and to nobody else:", false},
		{"We pass your details only to:", "We pass your details to the partners listed below:", true},
		{"They are contractually required to use", "Our contracts with them require them to use", false},
		{"They are contractually required to use", "We ask them to use", true},
		{"(Acme and Zenith), to take payment.", "(Acme Pay and Zenith Card Services), to take payment.", false},
		{"(Acme and Zenith), to take payment.", "(Acme Pay, Zenith Card Services and Orbit Ads), to take payment.", true},
		{"(Acme and Zenith), to take payment.", "(Acme Pay and Zenith Card Services), to take payment and to show you offers.", true},
		{"(Acme and Zenith), to take payment.", "(Acme and Zenith Lend), to take payment.", false},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("%q → %q: material %v, want %v\n%s", c.from, c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestAsksBefore: "asks before sending" asks permission as "asks for your
// permission before sending" does (E7); telling instead of asking, or no
// longer asking, is material.
func TestAsksBefore(t *testing.T) {
	const doc = "# Weather app notice\n\n## Alerts\n\n- **Storm alerts:** the app asks before sending alerts, and you can turn them off in settings.\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{"the app asks before sending alerts,", "the app asks for your permission before it sends any alerts,", false},
		{"the app asks before sending alerts,", "the app asks your permission before sending alerts,", false},
		{"the app asks before sending alerts,", "the app tells you when it starts sending alerts,", true},
		{"the app asks before sending alerts,", "the app sends alerts,", true},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("%q → %q: material %v, want %v\n%s", c.from, c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestOtherNameSameStart: a product or body renamed to another name that
// opens with the same word ("Acme Assist" → "Acme AI Helper") is another
// program (M10), though the company's own name stays.
func TestOtherNameSameStart(t *testing.T) {
	const doc = "# Acme notice\n\n## Features\n\nAcme offers smart features, such as Acme Assist or other tools that suggest replies.\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{"such as Acme Assist or other tools", "such as Acme AI Helper or other tools", true},
		{"such as Acme Assist or other tools", "such as Acme Helper or other tools", true},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("%q → %q: material %v, want %v\n%s", c.from, c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestParagraphRephrasedPerSentence: in a paragraph whose sentences are
// each recast in place, a sentence recast around a new verb ("we use
// lamps to light" → "lamps help us light") drops or adds no condition
// (E7); a condition dropped from another sentence of it still counts (M3).
func TestParagraphRephrasedPerSentence(t *testing.T) {
	const doc = "# Camp notice\n\n## Lights\n\nWe use lamps and torches to light the paths at night and to help campers find the showers. " +
		"We run our own generator and do not allow visitors to plug in heaters. We treat a whistle as a call for help where a leader hears it.\n"
	const from = "We use lamps and torches to light the paths at night and to help campers find the showers. We run our own generator and do not allow visitors to plug in heaters. We treat a whistle as a call for help where a leader hears it."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Lamps and torches help us light the paths at night and help campers find the showers. Our generator is our own, and visitors are not allowed to plug in heaters. If a camper blows a whistle, we treat it as a call for help where a leader hears it.", false},
		{"Lamps and torches help us light the paths at night and help campers find the showers. Our generator is our own, and visitors are not allowed to plug in heaters. If a camper blows a whistle, we treat it as a call for help.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestRouteDroppedFromRewordedSentence: a way to act dropped from a
// sentence whose other words are swapped one for one ("utilizing" →
// "using") is still a route removed (M14); the swaps alone are rewording.
func TestRouteDroppedFromRewordedSentence(t *testing.T) {
	const doc = "# Garden club notice\n\n## Newsletters\n\nYou may stop the newsletters we post at any time by utilizing the stop link printed in such newsletter or by writing to us at news@example.org.\n"
	const from = "by utilizing the stop link printed in such newsletter or by writing to us at news@example.org."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"by using the stop link printed in each newsletter or by writing to us at news@example.org.", false},
		{"by using the stop link printed in each newsletter.", true},
		{"by using the stop link printed in each newsletter or by writing to us.", false},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestReasonAsRulesRequire: "as tax rules require" gives the reason a
// period is kept, as "to meet tax requirements" does, and binds nobody
// (E7); a different period, or a new permission beside it, is material.
func TestReasonAsRulesRequire(t *testing.T) {
	const doc = "# Bike shop notice\n\n## Keeping records\n\n- Invoices: 7 years, to meet tax and bookkeeping requirements.\n- Club data: while you are a member.\n"
	const from = "- Invoices: 7 years, to meet tax and bookkeeping requirements."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"- Invoices: seven years, as tax and bookkeeping rules require.", false},
		{"- Invoices: ten years, as tax and bookkeeping rules require.", true},
		{"- Invoices: seven years, as tax and bookkeeping rules require, and we may keep them longer.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestConsentConditionRecast: a ban lifted by consent and a practice that
// hangs on consent say the same however the consent is written ("never
// ... without your consent" = "unless you have given your consent, we
// will not ..."; "with your consent, we use" = "we use ..., but only if
// you consent") (E7). A qualifier dropped from the consent, the consent
// dropped, or a value changed beside it, is material.
func TestConsentConditionRecast(t *testing.T) {
	const doc = "# Bakery notice\n\n## Sharing\n\nWe never give your order history to other shops for their advertising without your express consent.\n\n" +
		"## Cookies\n\nWe use a login cookie to keep you signed in. With your consent, we also use a visit-counting cookie that expires after 12 months.\n"
	const ban = "We never give your order history to other shops for their advertising without your express consent."
	const use = "With your consent, we also use a visit-counting cookie that expires after 12 months."
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{ban, "Unless you have given your express consent, we will not give your order history to other shops for their advertising.", false},
		{ban, "Unless you have given your consent, we will not give your order history to other shops for their advertising.", true},
		{ban, "Unless you have given your express consent, we will not give your order history to other shops.", true},
		{use, "We also use a visit-counting cookie, but only if you consent to it; it expires after one year.", false},
		{use, "We also use a visit-counting cookie, but only if you consent to it; it expires after two years.", true},
		{use, "We also use a visit-counting cookie; it expires after one year.", true},
		{"We use a login cookie to keep you signed in.", "We use a login cookie only to keep you signed in.", true},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("%q → %q: material %v, want %v\n%s", c.from, c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestPermissionLimitedByOnly: "they may use it only to X" sets the limit
// "they must only use it to X" sets (E7); the limit dropped, or a purpose
// added to it however the sentence is recast, is material.
func TestPermissionLimitedByOnly(t *testing.T) {
	const doc = "# Bakery notice\n\n## Couriers\n\nOur contracts dictate that couriers only use your address to deliver your order.\n\n" +
		"## Drivers\n\nOur contracts dictate that drivers only use your phone number to reach you at the door and not for sales calls.\n"
	const from = "Our contracts dictate that couriers only use your address to deliver your order."
	const drivers = "Our contracts dictate that drivers only use your phone number to reach you at the door and not for sales calls."
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{drivers, "Under our contracts, drivers may use your phone number only to reach you at the door, and not for sales calls.", false},
		{drivers, "Under our contracts, drivers may use your phone number only to reach you at the door, and for sales calls.", true},
		{from, "Under our contracts, couriers may use your address only to deliver your order.", false},
		{from, "Under our contracts, couriers may use your address to deliver your order.", true},
		{from, "Under our contracts, couriers may use your address only to deliver your order and to send offers.", true},
		{from, "Under our contracts, couriers must use your address only to deliver your order and to send offers.", true},
		{from, "Under our contracts, couriers may use your address only to deliver your order, and not for ads.", true},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("%q → %q: material %v, want %v\n%s", c.from, c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestScopeNarrowed: a universal word traded for a qualifier on the same
// noun ("from any member" → "from members in the youth league") changes
// whom the statement covers (M3), even where the qualifier's words are
// used elsewhere in the sentence; "any member" → "all members" or "any of
// our members" keeps the scope (E7).
func TestScopeNarrowed(t *testing.T) {
	const doc = "# League notice\n\n## Messages\n\nWe do not sell messages from any member, and we do not sell messages from members in the youth league. " +
		"We may email any member about fixtures in the youth league.\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{"messages from any member, and", "messages from members in the youth league, and", true},
		{"We may email any member about", "We may email members in the youth league about", true},
		{"messages from any member, and", "messages from all members, and", false},
		{"messages from any member, and", "messages from every member, and", false},
		{"messages from any member, and", "messages from any of our members, and", false},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("%q → %q: material %v, want %v\n%s", c.from, c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestAudienceAsSubject: who can see the data, named as the subject of
// "can see" ("the owners and members can see your name"), is compared with
// the audience of "visible to": the same people are rewording (E7), a
// group added is a wider audience (M7). Items of a list joined by commas
// belong to one audience.
func TestAudienceAsSubject(t *testing.T) {
	const doc = "# Club notice\n\n## Who sees what\n\n- **Your team:** your name and match scores are visible to the captains and coaches of the team you join.\n" +
		"- **Sponsors** that fund the league, under a written contract.\n"
	const from = "your name and match scores are visible to the captains and coaches of the team you join."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"the captains and coaches of the team you join can see your name and match scores.", false},
		{"the captains, coaches and players of the team you join can see your name and match scores.", true},
		{"your name and match scores are visible to the captains, coaches and players of the team you join.", true},
		{"the captains of the team you join can see your name and match scores.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestLawAllowsDoubleNegative: a condition on what the law allows says
// the same written as its double negative ("where the law allows" =
// "unless the law prohibits it" = "except where forbidden by law") (E7).
// What the law requires, a hedge or a changed timing beside it is
// material.
func TestLawAllowsDoubleNegative(t *testing.T) {
	const doc = "# Bakery notice\n\n## Police\n\nWe give your order history to the police when the law requires it. " +
		"Where the law allows, we tell you before we hand it over.\n\n## Cookies\n\nWe use a login cookie to keep you signed in.\n"
	const from = "Where the law allows, we tell you before we hand it over."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Unless the law prohibits it, we will tell you before we hand it over.", false},
		{"We tell you before we hand it over, except where forbidden by law.", false},
		{"Where permitted by law, we tell you before we hand it over.", false},
		{"Unless the law prohibits it, we will tell you after we hand it over.", true},
		{"Where the law requires it, we tell you before we hand it over.", true},
		{"Unless the law prohibits it, we may tell you before we hand it over.", true},
		{"We tell you before we hand it over.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestEventNounOrVerb: an event named by its noun or by its verb is the
// same event ("a merger or sale of our bakery" = "if we merge or sell our
// bakery") (E7). A recipient, an event or an item added beside it is
// material.
func TestEventNounOrVerb(t *testing.T) {
	const doc = "# Bakery notice\n\n## Sharing\n\nWe never rent your order history to other shops. " +
		"We may pass your account to the buyer as part of a merger or sale of our bakery.\n\n## Cookies\n\nWe use a login cookie to keep you signed in.\n"
	const from = "We may pass your account to the buyer as part of a merger or sale of our bakery."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"We may pass your account to the buyer if we merge or sell our bakery.", false},
		{"We may pass your account to the buyer and to advertisers if we merge or sell our bakery.", true},
		{"We may pass your account to the buyer if we merge or sell our bakery, and keep it for ten years.", true},
		{"We will pass your account to the buyer if we merge or sell our bakery.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestDesignedToIsAnEffort: measures "designed to" reduce a risk aim at it
// as measures used "in an effort to" reduce it do (E7). Dropping the aim
// ("measures that reduce"), a hedge added or a risk added is material.
func TestDesignedToIsAnEffort(t *testing.T) {
	const doc = "# Bakery notice\n\n## Security\n\nWe protect your account using reasonable measures in an effort to reduce the risk of theft. " +
		"No method is perfectly safe.\n\n## Cookies\n\nWe use a login cookie to keep you signed in.\n"
	const from = "We protect your account using reasonable measures in an effort to reduce the risk of theft."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"We protect your account with reasonable measures designed to reduce the risk of theft.", false},
		{"We protect your account with reasonable measures that are designed to reduce the risk of theft.", false},
		{"We protect your account with reasonable measures that reduce the risk of theft.", true},
		{"We may protect your account with reasonable measures designed to reduce the risk of theft.", true},
		{"We protect your account with reasonable measures designed to reduce the risk of theft and misuse.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestTellingIsInforming: every form of "tell" is the same verb as
// "inform" ("without telling us" = "without informing us"), so "you do not
// need to tell us X to play" and "you can play without telling us X" are
// compared as one statement (E7). Another item, another act, a "must" or a
// "may" beside it is material.
func TestTellingIsInforming(t *testing.T) {
	const doc = "# Puzzle game notice\n\n## For players\n\n- You do not need to tell us your name to play.\n- Ask a parent before you buy hints.\n\n" +
		"## Cookies\n\nWe use a login cookie to keep you signed in.\n"
	const from = "You do not need to tell us your name to play."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"You can play without telling us your name.", false},
		{"You can play without informing us of your name.", false},
		{"You can play without telling us your name or your age.", true},
		{"You can chat without telling us your name.", true},
		{"You must tell us your name to play.", true},
		{"You can play without telling us your name, but we may ask for it later.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestNamesWithSharedHead: two names that share their head word may be
// written with the head once, in the plural ("the Lake Code and the River
// Code" = "the Lake and River Codes") (E7). A name dropped or swapped for
// another beside it is material.
func TestNamesWithSharedHead(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Complaints\n\nThe club follows the Lakeside Rowing Code and the Riverside Rowing Code for the handling of member records.\n\n" +
		"## Cookies\n\nWe use a login cookie to keep you signed in.\n"
	const from = "The club follows the Lakeside Rowing Code and the Riverside Rowing Code for the handling of member records."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"The club follows the Lakeside and Riverside Rowing Codes for the handling of member records.", false},
		{"The club follows the Lakeside and Harbourside Rowing Codes for the handling of member records.", true},
		{"The club follows the Lakeside Rowing Code for the handling of member records.", true},
		{"The club follows the Lakeside, Riverside and Harbourside Rowing Codes for the handling of member records.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestAggregateQualifier: figures about a group "as a whole" are
// aggregated (E6): "in aggregate" or "aggregated figures" say the same
// (E7); figures about "individual members" drop the qualifier (M3).
func TestAggregateQualifier(t *testing.T) {
	const doc = "# Club notice\n\n## Figures\n\nWe publish attendance figures about our members as a whole.\n"
	const from = "We publish attendance figures about our members as a whole."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"We publish attendance figures about individual members.", true},
		{"We publish attendance figures about our members.", true},
		{"We publish attendance figures about our members in aggregate.", false},
		{"We publish aggregated attendance figures about our members.", false},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestExampleAsideForTheReader: an example in brackets added to an
// instruction to the reader ("(for example, in the Settings app of your
// watch)") only shows where to do what the sentence already says (E8).
// An example beside what "we" do, one that adds a practice, a negation or
// a hedge, or the same example beside another change is material.
func TestExampleAsideForTheReader(t *testing.T) {
	const doc = "# Step counter notice\n\n## Your choices\n\n- Step sharing: switch off step sharing in your phone's privacy settings.\n" +
		"- Emails: follow the unsubscribe link in any email.\n\n## Sharing\n\nWe share step totals with our cloud host.\n"
	const from = "Step sharing: switch off step sharing in your phone's privacy settings."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Step sharing: switch off step sharing in your phone's privacy settings (for example, under Settings › Sharing on a Lumo phone).", false},
		{"Step sharing: switch off step sharing in your phone's privacy settings (e.g. the Privacy page of Quartz or Nimbus).", false},
		{"Step sharing: switch off step sharing in your phone's privacy settings (for example, we then share step totals with insurers).", true},
		{"Step sharing: switch off step sharing in your phone's privacy settings (for example, you cannot switch off heart-rate sharing).", true},
		{"Step sharing: switch off step sharing in your phone's privacy settings (for example, under Settings › Sharing), within 30 days.", true},
		{"Step sharing: switch off step sharing in your phone's privacy settings (for example, to stop selling your location to advertisers).", true},
		{"Step sharing: ask us to switch off step sharing (for example, by writing to Quartz Support).", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
	// Beside what we do, an example names who or what the practice reaches.
	const share = "We share step totals with our cloud host."
	if got := classifyEdit(t, doc, share, "We share step totals with our cloud host (for example, Nimbus Cloud)."); !got.Material {
		t.Errorf("an example of a recipient read as editorial\n%s", dump(got))
	}
}

// TestQuotedNameRenamed: a name set in quotes where it is introduced
// ("we turn on \"Calm Mode\"") and used again unquoted is a defined term;
// renamed in every sentence, with every statement about it unchanged, it
// is a new label for the same thing (E7). The rename with a rule about it
// changed, a quoted value used nowhere else ("\"Yes\"" for "\"No\""), or
// the name changed in only some places is material.
func TestQuotedNameRenamed(t *testing.T) {
	const doc = "# Reading app notice\n\n## Young readers\n\nIf a reader tells us they are under 13, we turn on \"Calm Mode\". " +
		"In Calm Mode we show no ads and we turn off comments.\n\n## Data\n\nWe keep reading history for 90 days. " +
		"We never sell reading history of readers in Calm Mode.\n\n## Consent\n\nTo share your shelf, answer \"Yes\" when the app asks.\n"
	rename := func(s, to string) string { return strings.ReplaceAll(s, "Calm Mode", to) }
	for _, c := range []struct {
		name     string
		new      string
		material bool
	}{
		{"renamed everywhere", rename(doc, "Quiet Mode"), false},
		{"renamed, and ads allowed in it", strings.Replace(rename(doc, "Quiet Mode"), "we show no ads", "we show ads", 1), true},
		{"renamed, and the age raised", strings.Replace(rename(doc, "Quiet Mode"), "under 13", "under 16", 1), true},
		{"renamed, and sales allowed", strings.Replace(rename(doc, "Quiet Mode"), "We never sell", "We may sell", 1), true},
		{"renamed in one place only", strings.Replace(doc, "In Calm Mode", "In Quiet Mode", 1), true},
		{"a quoted answer swapped", strings.Replace(doc, "answer \"Yes\"", "answer \"No\"", 1), true},
	} {
		got, err := Classify([]byte(doc), []byte(c.new))
		if err != nil {
			t.Fatal(err)
		}
		if got.Material != c.material {
			t.Errorf("%s: material %v, want %v\n%s", c.name, got.Material, c.material, dump(got))
		}
	}
}

// TestSummaryLineOverSection: an "In short" line added over a section that
// only sums up what the section says, in its words and with its polarity,
// is a restatement (E8). A summary that adds a practice or a number,
// denies what the section affirms or affirms what it denies, or comes with
// a change to the section itself is material.
func TestSummaryLineOverSection(t *testing.T) {
	const doc = "# Bike hire notice\n\n## Safety of your data\n\nWe use sensible technical measures to protect ride records against loss and theft. " +
		"These measures are not a promise that ride records are always safe, and we are not liable for attacks we could not foresee.\n\n" +
		"## Keeping records\n\nWe keep ride records for 90 days.\n"
	const from = "## Safety of your data\n\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{from + "In short: we use sensible measures to protect ride records, but we cannot promise they are always safe.\n\n", false},
		{from + "*In brief: we protect ride records, but we cannot promise they are always safe.*\n\n", false},
		{from + "In short: we use sensible measures to protect ride records, and we promise they are always safe.\n\n", true},
		{from + "In short: we use sensible measures to protect ride records, but we share them with insurers.\n\n", true},
		{from + "In short: we protect ride records for 30 days, but we cannot promise they are always safe.\n\n", true},
		{from + "In short: we may protect ride records, but we cannot promise they are always safe.\n\n", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
	// The same summary beside a safeguard dropped from the section.
	summary := strings.Replace(doc, from, from+"In short: we use sensible measures to protect ride records, but we cannot promise they are always safe.\n\n", 1)
	got, err := Classify([]byte(doc), []byte(strings.Replace(summary, " against loss and theft", "", 1)))
	if err != nil {
		t.Fatal(err)
	}
	if !got.Material {
		t.Errorf("a summary beside a dropped safeguard read as editorial\n%s", dump(got))
	}
}

// TestRepeatedNoCarriesOnTheDenial: "no X and no Y" repeats for each noun
// the denial "not ... X or Y" says once, so the recast adds no negation
// (E7). The denial dropped from one noun, another noun denied in its
// place, a hedge, or the recast beside a longer period is material.
func TestRepeatedNoCarriesOnTheDenial(t *testing.T) {
	const doc = "# Recipe site notice\n\n## Cookies\n\nWith your consent, we set a visit-count cookie that expires after 6 months. " +
		"We do not use social-media cookies or third-party ad beacons on the site.\n\n## Contact\n\nWrite to privacy@example.com.\n"
	const from = "We do not use social-media cookies or third-party ad beacons on the site."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"The site uses no social-media cookies and no third-party ad beacons.", false},
		{"We use no social-media cookies or no third-party ad beacons on the site.", false},
		{"The site uses no social-media cookies, but we use third-party ad beacons on the site.", true},
		{"The site uses no social-media cookies and no first-party ad beacons.", true},
		{"The site usually uses no social-media cookies and no third-party ad beacons.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
	longer := strings.Replace(doc, from, "The site uses no social-media cookies and no third-party ad beacons.", 1)
	got, err := Classify([]byte(doc), []byte(strings.Replace(longer, "6 months", "18 months", 1)))
	if err != nil {
		t.Fatal(err)
	}
	if !got.Material {
		t.Errorf("the recast beside a longer cookie life read as editorial\n%s", dump(got))
	}
}

// TestExampleAsideBesideALabel: an example in brackets beside a label that
// speaks to no one ("Identity checks (e.g., ...)" in a list of the
// vendors we share data with) names who receives data: a vendor added to
// it is material.
func TestExampleAsideBesideALabel(t *testing.T) {
	const doc = "# Ticket shop notice\n\n## Vendors\n\nWe share data with vendors of these kinds:\n\n- Payments (e.g., Quartz Pay);\n- Identity checks (e.g., Nimbus ID);\n\n" +
		"## Contact\n\nWrite to privacy@example.com.\n"
	got := classifyEdit(t, doc, "Identity checks (e.g., Nimbus ID);", "Identity checks (e.g., Lumo Labs, Nimbus ID);")
	if !got.Material {
		t.Errorf("a vendor added to an example beside a label read as editorial\n%s", dump(got))
	}
}

// TestItemSplitOffDenial: an item split off a denial into a clause that
// affirms the denial's verb ("we do not use cookies or pixels" → "we do
// not use cookies, but we use pixels") is no longer denied (M1), though
// each side has one negation; the same items denied in other words stay
// editorial.
func TestItemSplitOffDenial(t *testing.T) {
	const doc = "# Shop notice\n\n## Cookies\n\nWe do not use advertising cookies or tracking pixels on the shop.\n\n" +
		"## Lists\n\nWe never sell or rent the mailing list to other shops.\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{"We do not use advertising cookies or tracking pixels on the shop.", "We do not use advertising cookies on the shop, but we use tracking pixels.", true},
		{"We do not use advertising cookies or tracking pixels on the shop.", "The shop uses no advertising cookies and uses tracking pixels.", true},
		{"We never sell or rent the mailing list to other shops.", "We never sell the mailing list to other shops, and we rent it to them.", true},
		{"We do not use advertising cookies or tracking pixels on the shop.", "The shop uses no advertising cookies and no tracking pixels.", false},
		{"We do not use advertising cookies or tracking pixels on the shop.", "We use neither advertising cookies nor tracking pixels on the shop.", false},
		{"We never sell or rent the mailing list to other shops.", "The mailing list is never sold or rented to other shops.", false},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("%q → %q: material %v, want %v\n%s", c.from, c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestPlacingWords: "located in" or "based in" says where something is,
// as "in" does (E7); another place, or one more, is material.
func TestPlacingWords(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Storage\n\nOur membership database is in Ireland. If you row with us, your records are copied to Ireland.\n\n" +
		"## Disputes\n\nThis notice is governed by Irish law. You may bring a dispute in the courts located in Galway.\n\n" +
		"## Cookies\n\nWe use a login cookie to keep you signed in.\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{"Our membership database is in Ireland. If you row with us, your records are copied to Ireland.", "Our membership database is located in Ireland, so if you row with us, your records are copied there.", false},
		{"You may bring a dispute in the courts located in Galway.", "A dispute may be brought in the courts in Galway.", false},
		{"Our membership database is in Ireland. If you row with us, your records are copied to Ireland.", "Our membership database is located in Ireland and Canada, so if you row with us, your records are copied there.", true},
		{"Our membership database is in Ireland. If you row with us, your records are copied to Ireland.", "Our membership database is located in Canada, so if you row with us, your records are copied there.", true},
		{"You may bring a dispute in the courts located in Galway.", "A dispute may be brought in the courts in Dublin.", true},
		{"You may bring a dispute in the courts located in Galway.", "A dispute may be brought only in the courts in Galway.", true},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("%q → %q: material %v, want %v\n%s", c.from, c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestLightVerbs: "lodge a complaint with" is "complain to" (E7); a route
// dropped or another body named is material.
func TestLightVerbs(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Complaints\n\nYou have the right to lodge a complaint with the Rowing Ombudsman. We answer letters within a month.\n"
	const from = "You have the right to lodge a complaint with the Rowing Ombudsman."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"You have the right to complain to the Rowing Ombudsman.", false},
		{"You have the right to complain to the Sailing Ombudsman.", true},
		{"You have the right to complain to us.", true},
		{"You have the right to complain to the Rowing Ombudsman, but only after 90 days.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestPurposeRestatesRequest: "To make a request, write to us" names the
// request the paragraph already spoke of (E7); a condition added with it,
// or another channel, is material.
func TestPurposeRestatesRequest(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Your rights\n\nA member can ask to read the records we hold about them or ask us to erase them. " +
		"Write to records@example.org with your member number. We answer within 20 days.\n"
	const from = "Write to records@example.org with your member number."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"To make a request, write to records@example.org and give your member number.", false},
		{"To make a request, write to records@example.org and give your member number and a copy of your passport.", true},
		{"To make a request, write to records@example.org and give your member number, once a year.", true},
		{"To make a request, write to records@example.org, pay a fee of 5 euros and give your member number.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestPossessiveClause: "duties that apply to us" are "our duties" (E7);
// a qualifier added beside the clause is still material.
func TestPossessiveClause(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Use\n\nWe use your records to meet our safety duties, such as reporting accidents.\n"
	const from = "We use your records to meet our safety duties, such as reporting accidents."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"We use your records to meet safety duties that apply to us, such as reporting accidents.", false},
		{"We use your records to meet safety duties that apply to us in Norway, such as reporting accidents.", true},
		{"We use your records to meet safety duties that apply to us, such as reporting accidents and training staff.", true},
		{"We use your records to meet safety duties that apply to you, such as reporting accidents.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestFrequencyRestated: "periodically" and "from time to time" give the
// same frequency (E7); a frequency dropped, or a practice added, is
// material.
func TestFrequencyRestated(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Surveys\n\nThe club may periodically survey its members about the boathouse. Taking part is voluntary.\n"
	const from = "The club may periodically survey its members about the boathouse."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"From time to time, the club may survey its members about the boathouse.", false},
		{"The club may survey its members about the boathouse from time to time.", false},
		{"The club may survey its members about the boathouse.", true},
		{"From time to time, the club may survey its members and their guests about the boathouse.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestRenamedWithFormerlyNote: a program renamed throughout, with a note
// that it is the same program ("(formerly ...)"), is rewording (E7); the
// rename with a real change beside it, or with the old name still naming
// something, is material.
func TestRenamedWithFormerlyNote(t *testing.T) {
	const doc = "# Rowing club notice\n\n## What we collect\n\n- Oar Points membership: your member number and points.\n\n" +
		"## Use\n\nWe use your points to run Oar Points and send you offers.\n\n" +
		"## Oar Points\n\nOar Points is free. Members earn one point per outing. You can leave at any time.\n"
	rename := func(s string) string { return strings.ReplaceAll(s, "Oar Points", "Blade Club") }
	note := func(s string) string {
		return strings.Replace(s, "Blade Club is free.", "Blade Club (formerly Oar Points) is free.", 1)
	}
	for _, c := range []struct {
		name     string
		new      string
		material bool
	}{
		{"renamed with note", note(rename(doc)), false},
		{"renamed without note", rename(doc), true},
		{"renamed with note, more points data", strings.Replace(note(rename(doc)), "your member number and points", "your member number, points and location", 1), true},
		{"renamed with note, one use left under the old name", strings.Replace(note(rename(doc)), "run Blade Club", "run Oar Points", 1), true},
	} {
		got, err := Classify([]byte(doc), []byte(c.new))
		if err != nil {
			t.Fatal(err)
		}
		if got.Material != c.material {
			t.Errorf("%s: material %v, want %v\n%s", c.name, got.Material, c.material, dump(got))
		}
	}
}

// TestRouteDropped: a sentence that offers several ways to do something
// ("by using the link or by writing to us") and offers fewer after the
// edit, however reworded, drops one (M14); the same ways in another order
// or other words are rewording (E7).
func TestRouteDropped(t *testing.T) {
	const doc = "# Club notice\n\n## Letters\n\nYou may leave the mailing list at any time by utilizing the leave link in each letter or by writing to us at club@example.com.\n"
	const from = "You may leave the mailing list at any time by utilizing the leave link in each letter or by writing to us at club@example.com."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"You can leave our mailing list at any time by using the leave link included in each letter.", true},
		{"You can leave our mailing list at any time by writing to us at club@example.com.", true},
		{"You may leave the mailing list at any time by writing to us at club@example.com or by utilizing the leave link in each letter.", false},
		{"You may leave the mailing list at any time by utilizing the leave link in each letter or writing to us at club@example.com.", false},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestLabelRepeatsQualifier: a paragraph set out as labelled bullets
// ("**Independent review:** an independent firm ...") says what it said
// (E7): the label names its item, and a qualifier it repeats is not one
// more. A bullet that drops an "only" or a check, or changes a number, is
// material.
func TestLabelRepeatsQualifier(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Safety\n\nAn independent surveyor inspects the boathouse locks every 6 months. " +
		"Only the captain and the bosun hold keys to the boat store.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "An independent surveyor inspects the boathouse locks every 6 months. Only the captain and the bosun hold keys to the boat store."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"- **Independent inspection:** every 6 months, an independent surveyor inspects the boathouse locks.\n" +
			"- **Keys:** only the captain and the bosun hold keys to the boat store.", false},
		{"- **Independent inspection:** every 6 months, an independent surveyor inspects the boathouse locks.\n" +
			"- **Keys:** the captain and the bosun hold keys to the boat store.", true},
		{"- **Independent inspection:** every 12 months, an independent surveyor inspects the boathouse locks.\n" +
			"- **Keys:** only the captain and the bosun hold keys to the boat store.", true},
		{"- **Independent inspection:** every 6 months, an independent surveyor inspects the boathouse locks.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestLeadInOverRestructuredList: a paragraph set out as a list or table
// under a new lead-in that only names the items ("Our safety measures
// are:", "We rely on the following grounds for the uses listed in
// section 2:") says what it said (E3, E7). A lead-in that permits or
// promises something, or items that drop, add or change what was said,
// are material.
func TestLeadInOverRestructuredList(t *testing.T) {
	const doc = "# Rowing club notice\n\n## 1. Safety\n\nThe boat store is locked with a combination lock. " +
		"The combination is changed every 3 months and given only to the coaches.\n\n" +
		"## 2. Uses\n\n1. run the club;\n2. enter you in races;\n3. send you the newsletter.\n\n" +
		"## 3. Grounds\n\nWe rely on our membership agreement with you (items 1 and 2 above) and your consent (item 3).\n\n" +
		"## 4. Contact\n\nWrite to the secretary.\n"
	const safety = "The boat store is locked with a combination lock. The combination is changed every 3 months and given only to the coaches."
	const grounds = "We rely on our membership agreement with you (items 1 and 2 above) and your consent (item 3)."
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{safety, "Our safety measures are:\n\n- **Lock:** the boat store is locked with a combination lock.\n" +
			"- **Combination:** it is changed every 3 months and given only to the coaches.", false},
		{safety, "Our safety measures are:\n\n- **Lock:** the boat store is locked with a combination lock.\n" +
			"- **Combination:** it is changed every 3 months and given to the coaches.", true},
		{safety, "Our safety measures are:\n\n- **Lock:** the boat store is locked with a combination lock.\n" +
			"- **Combination:** it is changed every 6 months and given only to the coaches.", true},
		{safety, "Our safety measures are:\n\n- **Lock:** the boat store is locked with a combination lock.", true},
		{safety, "We may share our safety measures with the insurer:\n\n- **Lock:** the boat store is locked with a combination lock.\n" +
			"- **Combination:** it is changed every 3 months and given only to the coaches.", true},
		{grounds, "We rely on the following grounds for the uses listed in section 2:\n\n| Uses (section 2) | Ground |\n|---|---|\n" +
			"| Items 1 and 2 | Our membership agreement with you |\n| Item 3 | Your consent |", false},
		{grounds, "We rely on the following grounds for the uses listed in section 2:\n\n| Uses (section 2) | Ground |\n|---|---|\n" +
			"| Items 1 and 2 | Our membership agreement with you |\n| Item 3 | Our legitimate interests |", true},
		{grounds, "We rely on the following grounds for the uses listed in section 2:\n\n| Uses (section 2) | Ground |\n|---|---|\n" +
			"| Items 1 and 2 | Our membership agreement with you |", true},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestListWrittenAsProse: a list of recipients written out as prose, its
// lead-in repeated in each paragraph, says what it said (E7); so does the
// same list set out as a table "of the recipients in this table". The same
// restructuring that drops an item, adds a recipient, loses an "only",
// changes a number or drops a condition is material.
func TestListWrittenAsProse(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Sharing\n\nWe may also pass your details to:\n\n" +
		"- the county rowing association, which uses them only to register you for races; and\n" +
		"- our insurer, if you make a claim within 30 days of an accident.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "We may also pass your details to:\n\n" +
		"- the county rowing association, which uses them only to register you for races; and\n" +
		"- our insurer, if you make a claim within 30 days of an accident."
	const item1 = "We may also pass your details to the county rowing association, which uses them only to register you for races."
	const item2 = "We may also pass your details to our insurer, if you make a claim within 30 days of an accident."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{item1 + "\n\n" + item2, false},
		{item1, true},
		{item1 + "\n\n" + item2 + "\n\nWe may also pass your details to our sponsor.", true},
		{"We may also pass your details to the county rowing association, which uses them to register you for races.\n\n" + item2, true},
		{item1 + "\n\nWe may also pass your details to our insurer, if you make a claim within 60 days of an accident.", true},
		{item1 + "\n\nWe may also pass your details to our insurer.", true},
		{"We may also pass your details to the recipients in this table:\n\n| Recipient | Limits |\n|---|---|\n" +
			"| The county rowing association | Uses them only to register you for races |\n" +
			"| Our insurer | If you make a claim within 30 days of an accident |", false},
		{"We may also pass your details to the recipients in this table:\n\n| Recipient | Limits |\n|---|---|\n" +
			"| The county rowing association | Uses them only to register you for races |\n" +
			"| Our insurer | If you make a claim within 30 days of an accident |\n| Our sponsor | |", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestItemsDroppedInRewordedParagraph: in a paragraph whose sentences are
// each reworded, items dropped from one sentence's list ("and to any app,
// kiosk or terminal") narrow what it covers (M14); the same rewording that
// keeps them is editorial (E7).
func TestItemsDroppedInRewordedParagraph(t *testing.T) {
	const doc = "# Library notice\n\n## Scope\n\nThis notice explains our collection, use and retention of your reading records. " +
		"It covers every branch where this notice is posted, and any library app, kiosk or terminal where it is linked, however you reach them. " +
		"You should read it to learn how the library will handle your records.\n"
	const from = "This notice explains our collection, use and retention of your reading records. " +
		"It covers every branch where this notice is posted, and any library app, kiosk or terminal where it is linked, however you reach them. " +
		"You should read it to learn how the library will handle your records."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"This notice explains the way we collect, use and retain your reading records. It covers every branch where this notice is posted, however you reach them. Please read it to learn how the library will handle your records.", true},
		{"This notice explains the way we collect, use and retain your reading records. It covers every branch where this notice is posted, and any library app, kiosk or terminal where it is linked, however you reach them. Please read it to learn how the library will handle your records.", false},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestCountOfColonList: a count added before the colon list it leads says
// how many items follow (E7) when it matches them; a place in a government
// body's name ("the Example Department of Trade") is whose body it is, not
// where data goes. A count that does not match its items, a dropped item or
// a real place where data is kept stays material.
func TestCountOfColonList(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Standards\n\nThe club follows the Rowing Data Code principles of fairness, care, openness and access. " +
		"To read the code, visit the Department of Sport at www.example.org/code.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "The club follows the Rowing Data Code principles of fairness, care, openness and access. To read the code, visit the Department of Sport at www.example.org/code."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"The club follows the four Rowing Data Code principles: fairness, care, openness, and access. To read the code, visit the Department of Sport at www.example.org/code.", false},
		{"The club follows the five Rowing Data Code principles: fairness, care, openness and access. To read the code, visit the Department of Sport at www.example.org/code.", true},
		{"The club follows the 4 Rowing Data Code principles: fairness, care, openness and access. To read the code, visit the Department of Sport at www.example.org/code.", false},
		{"The club follows the four Rowing Data Code principles: fairness, care and openness. To read the code, visit the Department of Sport at www.example.org/code.", true},
		{"The club follows the Rowing Data Code principles of fairness, care, openness and access. To read the code, visit the U.S. Department of Sport website.", false},
		{"The club follows the Rowing Data Code principles of fairness, care, openness and access. To read the code, visit the U.S. Department of Sport website. We store your files in the U.S.", true},
		{"The club follows the Rowing Data Code principles of fairness, care, openness and access. To read the code, visit the Department of Sport at www.example.org/code. We store your files in the U.S.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestSummaryAndOverviewAdded: a line opening "In short:" that restates a
// statement of the notice (E8), a sentence saying what the sections below
// explain (E2), and the two together are editorial. The same lines that
// contradict the notice, promise or permit something, or come with a new
// practice are material.
func TestSummaryAndOverviewAdded(t *testing.T) {
	const doc = "# Rowing club notice\n\nThis notice is for club members.\n\n## Sharing\n\n" +
		"We do not sell your race results, and we do not give them to sponsors.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "This notice is for club members."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{from + "\n\n**In short:** we do not sell your race results.", false},
		{from + "\n\nThe sections below explain what we record, how we use it and the choices you have.", false},
		{from + "\n\n**In short:** we do not sell your race results. The sections below explain what we record, how we use it and the choices you have.", false},
		{from + "\n\n**In short:** we sell your race results.", true},
		{from + "\n\n**In short:** we do not sell your race results until the season ends.", true},
		{from + "\n\nThe sections below explain what we record, and we may share it with sponsors.", true},
		{from + "\n\n**In short:** we do not sell your race results. We publish your race results on the club website.", true},
		{from + "\n\n**In short:** we do not sell your race results. The sections below explain what we record, how we use it and the choices you have. We may sell your address.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestClausesEachRestated: an added sentence whose clauses each restate a
// statement made in a different part of the notice is editorial (E8); one
// clause that is new, loosened or contradicted makes it material.
func TestClausesEachRestated(t *testing.T) {
	const doc = "# Rowing club notice\n\nThis notice is for club members.\n\n## Uses\n\nWe use your details to:\n\n" +
		"1. enter you in races;\n2. send you the newsletter, but only if you have asked for it.\n\n## Sharing\n\n" +
		"We do not sell your race results, and we do not share them for sponsored advertising.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "This notice is for club members."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{from + "\n\nWe do not sell your race results or share them for sponsored advertising, and we send you the newsletter only if you have asked for it.", false},
		{from + "\n\n**In short:** we do not sell your race results or share them for sponsored advertising, and we send you the newsletter only if you have asked for it.", false},
		{from + "\n\nWe do not sell your race results or share them for sponsored advertising, and we send you the newsletter even if you have not asked for it.", true},
		{from + "\n\nWe do not sell your race results or share them for sponsored advertising, and we send you offers from our sponsors.", true},
		{from + "\n\nWe sell your race results, and we send you the newsletter only if you have asked for it.", true},
		{from + "\n\nWe do not sell your race results or share them for sponsored advertising, but we publish them on the club website.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestSaleSwapped: data sold or rented where it was shared, or shared
// where it was sold, is a different practice (M7), in a permission or a
// ban; a verb of giving swapped for another ("transferred" → "shared") is
// rewording (E7).
func TestSaleSwapped(t *testing.T) {
	const doc = "# Shop notice\n\n## Sharing\n\nWe may share your order history with our partners. We never sell your email address to advertisers.\n\n" +
		"## Sale of the shop\n\nIf the shop is sold, your details may be transferred to the buyer as part of that sale.\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{"We may share your order history with our partners.", "We may sell your order history to our partners.", true},
		{"We may share your order history with our partners.", "We may rent your order history to our partners.", true},
		{"We never sell your email address to advertisers.", "We never share your email address with advertisers.", true},
		{"We may share your order history with our partners.", "We may disclose your order history to our partners.", false},
		{"your details may be transferred to the buyer", "your details may be shared with the buyer", false},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("%q → %q: material %v, want %v\n%s", c.from, c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestGenericAgent: an agentless passive made active with a generic agent
// ("how the site is used" → "how people use the site") names no one new
// (E7); the same edit that also adds a purpose, a recipient or a use is
// material.
func TestGenericAgent(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Uses\n\nWe use your details to:\n\n" +
		"1. enter you in races;\n2. learn how the club website is used so we can improve the race pages.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "learn how the club website is used so we can improve the race pages."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"learn how people use the club website, so that we can improve the race pages.", false},
		{"learn how visitors use the club website so we can improve the race pages.", false},
		{"learn how people use the club website so we can improve the race pages and show them ads from sponsors.", true},
		{"learn how people use the club website so we can sell the results to sponsors.", true},
		{"learn how people use the club website so we can improve the race pages, and our sponsors may use your details too.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestHelpUs: "we use X to do Y" said as "X helps us do Y" names the same
// tool and purpose (E7); the same edit with a purpose or a tool added is
// material.
func TestHelpUs(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Cookies\n\nWe use cookies to remember your boat class and learn how the club website is used. We never sell your race results.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "We use cookies to remember your boat class and learn how the club website is used."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Cookies help us remember your boat class and learn how people use the club website.", false},
		{"Cookies help us remember your boat class and learn how the club website is used.", false},
		{"Cookies help us remember your boat class, learn how people use the club website and show you ads from sponsors.", true},
		{"Cookies and tracking pixels help us remember your boat class and learn how people use the club website.", true},
		{"Cookies help our sponsors remember your boat class and learn how people use the club website.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestSentBy: "a signal from your browser" and "a signal sent by your
// browser" name the same signal (E7), in an active or a passive clause;
// the same edit that changes what the signal does is material.
func TestSentBy(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Cookies\n\nWe treat an opt-out signal from your browser as a refusal of analytics cookies. We never sell your race results.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "We treat an opt-out signal from your browser as a refusal of analytics cookies."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"An opt-out signal sent by your browser is treated as a refusal of analytics cookies.", false},
		{"We treat an opt-out signal sent from your browser as a refusal of analytics cookies.", false},
		{"An opt-out signal sent by your browser is treated as a refusal of analytics cookies only if you are signed in.", true},
		{"An opt-out signal sent by your browser is not treated as a refusal of analytics cookies.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestWhereYouLive: "the court where you live" and "your local court"
// name the same court (E7); the same edit that drops a venue or adds a
// condition is material.
func TestWhereYouLive(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Disputes\n\nYou may bring a claim in the courts of Leeds or in the county court where you live.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "You may bring a claim in the courts of Leeds or in the county court where you live."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"A claim may be brought in the courts of Leeds or in your local county court.", false},
		{"You may bring a claim in the courts of Leeds or in the county court local to you.", false},
		{"A claim may be brought only in the courts of Leeds.", true},
		{"You may bring a claim in the courts of Leeds or in your local county court if the club agrees.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestPointerParenthesis: a sentence added with a pointer in parentheses
// ("(see section 6)") restates the sentence it points to (E8); the same
// addition that promises something new is material.
func TestPointerParenthesis(t *testing.T) {
	const doc = "# Rowing club notice\n\n## 1. About us\n\nThe club runs races on the river.\n\n## 6. Sharing\n\nWe do not sell your race results, and we do not share them with sponsors.\n\n## 7. Contact\n\nWrite to the secretary.\n"
	const from = "The club runs races on the river."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{from + " In short: we do not sell your race results, and we do not share them with sponsors (see section 6).", false},
		{from + " We do not sell your race results, and we do not share them with sponsors (as described in section 6).", false},
		{from + " In short: we do not sell your race results, and we do not share them with sponsors or rival clubs (see section 6).", true},
		{from + " In short: we do not sell your race results, but we share them with sponsors (see section 6).", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestBackRefGroupNamed: "from users in this age group" spelt out as the
// group its paragraph names ("from children under 13") is the same group
// (E6); a group or age the paragraph does not name is material.
func TestBackRefGroupNamed(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Young rowers\n\nThe club website is not meant for children under the age of 13. We do not knowingly collect race results from members of this age group. If we find results from this age group, steps will be taken to delete them.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "We do not knowingly collect race results from members of this age group. If we find results from this age group, steps will be taken to delete them."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"We do not knowingly collect race results from children under 13. If we find results from a child under 13, we will take steps to delete them.", false},
		{"We do not knowingly collect race results from children under 16. If we find results from a child under 16, we will take steps to delete them.", true},
		{"We do not knowingly collect race results from children under 13. If we find results from a child under 13, we will take steps to delete them, unless a coach asks us to keep them.", true},
		{"We do not knowingly collect race results or photos from children under 13. If we find results from a child under 13, we will take steps to delete them.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestRevisedForUpdated: a notice "revised" is a notice "updated", even
// where "updated" stays in the sentence as the date line's name (E7);
// the same edit that drops a channel or a lead time is material.
func TestRevisedForUpdated(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Changes\n\nWe will post any change to this notice here and update the \"Last updated\" date. If a change is material, we will also email members at least 14 days before it takes effect.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "We will post any change to this notice here and update the \"Last updated\" date. If a change is material, we will also email members at least 14 days before it takes effect."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Every change to this notice is posted here, and the \"Last updated\" date is revised. For a material change, we will also email members at least 14 days before it takes effect.", false},
		{"We will post any change to this notice here and revise the \"Last updated\" date. If a change is material, we will also email members at least 14 days before it takes effect.", false},
		{"Every change to this notice is posted here, and the \"Last updated\" date is revised. For a material change, we will also email members when it takes effect.", true},
		{"Every change to this notice is posted here, and the \"Last updated\" date is revised.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestCommitmentsSplit: two commitments of one sentence split over two
// sentences, one of them passive, are the same commitments (E7); the
// split that hedges one of them is material.
func TestCommitmentsSplit(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Changes\n\nIf we make changes, we will update this page. If a change affects junior members, we will ask a parent to agree again where the law requires it, and we will post a notice at the boathouse before the change takes effect.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "If a change affects junior members, we will ask a parent to agree again where the law requires it, and we will post a notice at the boathouse before the change takes effect."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Any change that affects junior members will be announced with a notice at the boathouse before it takes effect; where the law requires it, we will also ask a parent to agree again.", false},
		{"Any change that affects junior members will be announced with a notice at the boathouse before it takes effect. Where the law requires it, we will also ask a parent to agree again.", false},
		{"Any change that affects junior members may be announced with a notice at the boathouse before it takes effect; where the law requires it, we will also ask a parent to agree again.", true},
		{"Any change that affects junior members will be announced with a notice at the boathouse before it takes effect.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestFirstIsBefore: a step done "first" is done before what the
// sentence is about (E7); the same edit that drops the step, or moves it
// after, is material.
func TestFirstIsBefore(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Juniors\n\n- If you want to join the race newsletter, we will ask a parent first.\n- Never put your home address in your crew name.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "If you want to join the race newsletter, we will ask a parent first."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Before you can join the race newsletter, we will ask a parent.", false},
		{"We will ask a parent first if you want to join the race newsletter.", false},
		{"After you join the race newsletter, we will tell a parent.", true},
		{"You can join the race newsletter, and we will tell a parent.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestExceptionOnSale: an exception dropped from a ban on selling data
// is about sharing, whatever purpose or consent the exception named.
func TestExceptionOnSale(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Choice\n\n### Newsletters\n\nWe do not sell or rent your race results to other clubs for their marketing purposes without your explicit consent. We may send you our newsletter.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "We do not sell or rent your race results to other clubs for their marketing purposes without your explicit consent."
	got := classifyEdit(t, doc, from, "We do not sell or rent your race results to other clubs.")
	if !got.Material || !slices.Contains(got.Changes[0].Categories, notice.CatSharing) {
		t.Errorf("material %v, categories %v; want material, sharing among them\n%s", got.Material, got.Changes[0].Categories, dump(got))
	}
}

// TestAskGuardian: asking a parent, or checking with one first, seeks
// their consent; telling them does not (M4). A child told it can ask a
// grown-up to do something is not asked for consent.
func TestAskGuardian(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Juniors\n\n- If you want to join the race newsletter, we will ask a parent first.\n- You can ask a parent to delete your race results at any time.\n\n## Contact\n\nWrite to the secretary.\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{"If you want to join the race newsletter, we will ask a parent first.", "Want to join the race newsletter? We'll check with a parent first.", false},
		{"If you want to join the race newsletter, we will ask a parent first.", "If you want to join the race newsletter, we will tell a parent.", true},
		{"If you want to join the race newsletter, we will ask a parent first.", "If you want to join the race newsletter, we will let a parent know.", true},
		{"You can ask a parent to delete your race results at any time.", "At any time, you can ask a parent to delete your race results.", false},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestSpellKey: British and American spellings meet, and other words keep
// their letters.
func TestSpellKey(t *testing.T) {
	for _, c := range [][2]string{
		{"organising", "organizing"}, {"analysing", "analyzing"}, {"organise", "organize"}, {"colour", "color"},
		{"centre", "center"}, {"licence", "license"}, {"programme", "program"}, {"cancelled", "canceled"},
	} {
		if spellKey(c[0]) != spellKey(c[1]) {
			t.Errorf("spellKey(%q) = %q, spellKey(%q) = %q; want them equal", c[0], spellKey(c[0]), c[1], spellKey(c[1]))
		}
	}
	for _, w := range []string{"visitors", "revision", "decision"} {
		if spellKey(w) != w {
			t.Errorf("spellKey(%q) = %q, want it unchanged", w, spellKey(w))
		}
	}
}

// TestCorporateEvents: a corporate event added to or dropped from the
// grounds for a transfer (a closure, a bankruptcy) is material (M7); the
// same events written another way are not.
func TestCorporateEvents(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Sharing\n\nWe may transfer your race results to a buyer as part of a merger or a sale of our business. We never sell your race results.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "We may transfer your race results to a buyer as part of a merger or a sale of our business."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"If we merge with another club or sell our business, we may transfer your race results to a buyer.", false},
		{"In the event of a merger or the sale of our business, your race results may be transferred to a buyer.", false},
		{"If we merge, sell or close our business, we may transfer your race results to a buyer.", true},
		{"As part of a merger, a sale of our business or a bankruptcy, we may transfer your race results to a buyer.", true},
		{"We may transfer your race results to a buyer as part of a merger.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestSafeguardDropped: a paragraph whose every sentence is reworded in
// place may still drop an item from a list of safeguards or data types
// that no other sentence names (M14); the same rewording that keeps every
// item is editorial (E7).
func TestSafeguardDropped(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Keeping entries safe\n\nWe keep race entries on a server in the boathouse office. We protect them with reasonable measures in an effort to prevent loss or theft. Some of the safeguards we use are locked cabinets and two-factor authentication, a visitor log at the boathouse door, and staff training.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "We keep race entries on a server in the boathouse office. We protect them with reasonable measures in an effort to prevent loss or theft. Some of the safeguards we use are locked cabinets and two-factor authentication, a visitor log at the boathouse door, and staff training."
	const reworded = "We keep race entries on a server, which is in the boathouse office. In an effort to prevent loss or theft, we protect them with reasonable measures. "
	for _, c := range []struct {
		to       string
		material bool
	}{
		{reworded + "Among the safeguards we use are locked cabinets, two-factor authentication, a log of who visits the boathouse and training for our staff.", false},
		{reworded + "Among the safeguards we use are two-factor authentication, locked cabinets, training for our staff and a log of who visits the boathouse.", false},
		{reworded + "Among the safeguards we use are locked cabinets, a log of who visits the boathouse and training for our staff.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestTableYearsInWords: a table row whose period is a number of years
// or months in words ("Boat bookings | Three years") says how long, as
// one in days does; it is no address line (E5) but a period that must
// equal the list's (E6). A different period is material.
func TestTableYearsInWords(t *testing.T) {
	const doc = "# Rowing club notice\n\n## How long we keep records\n\n- Gate camera footage is kept for 14 days.\n- Boat bookings are kept for 3 years.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "- Gate camera footage is kept for 14 days.\n- Boat bookings are kept for 3 years."
	const head = "| Record | How long we keep it |\n|---|---|\n| Gate camera footage | Fourteen days |\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{head + "| Boat bookings | Three years |", false},
		{head + "| Boat bookings | Thirty-six months |", false},
		{head + "| Boat bookings | Five years |", true},
		{head + "| Boat bookings | Eighteen months |", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestApprovedByBody: clauses "approved by the European Commission" are
// the clauses the Commission adopted (E7), not a consent asked of anyone;
// clauses used only once a member has approved them add one (M4).
func TestApprovedByBody(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Abroad\n\nOur race timing partner is in Canada. We use the European Commission's standard contractual clauses to protect race results sent there.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "We use the European Commission's standard contractual clauses to protect race results sent there."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"To protect race results sent there, we use the standard contractual clauses approved by the European Commission.", false},
		{"To protect race results sent there, we use standard contractual clauses authorised by the European Commission.", false},
		{"To protect race results sent there, we use the standard contractual clauses approved by the European Commission, once you have approved the transfer.", true},
		{"To protect race results sent there, we use standard contractual clauses approved by you.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestPointedRestatement: a sentence that says it repeats another part of
// the notice ("As section 2 explains, ...") added to a reworded paragraph
// is read on its own, and restates that part (E8); one that says what
// the notice did not is material, however it opens.
func TestPointedRestatement(t *testing.T) {
	const doc = "# Rowing club notice\n\n## 2. Sharing\n\nWe do not sell your race results, and we do not give them to sponsors.\n\n## 3. Cookies\n\nYou can change your cookie choices at any time in the footer. We treat a browser opt-out signal as a refusal of analytics cookies.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "You can change your cookie choices at any time in the footer. We treat a browser opt-out signal as a refusal of analytics cookies."
	const reworded = "To change your cookie choices at any time, use the footer. If your browser sends an opt-out signal, we treat it as a refusal of analytics cookies."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{reworded + " As section 2 explains, we do not sell your race results, and we do not give them to sponsors.", false},
		{reworded + " As stated above, we do not sell your race results.", false},
		{reworded + " As section 2 explains, we do not sell your race results or give them to sponsors, except to our timing partner.", true},
		{reworded + " As section 2 explains, we do not give your race results to sponsors unless you agree.", true},
		{reworded + " As stated above, we do not sell your race results, but we may share them with other clubs.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestConditionMoved: a condition moved from the head of a sentence to
// its tail and reworded, in another voice or with a synonym ("if we do not
// receive" → "if ... has not arrived", "is not received"), with the same
// period in other units, is kept (E7); a condition with another period,
// another object or the other polarity, or none, is a change (M4, M6, M1).
func TestConditionMoved(t *testing.T) {
	const doc = "# Kite club notice\n\n## Juniors\n\nA parent must sign the flying form before a junior can join the league. If we do not receive the form within 21 days, we delete the parent's phone number.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "If we do not receive the form within 21 days, we delete the parent's phone number."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"We delete the parent's phone number if the form has not arrived within three weeks.", false},
		{"We delete the parent's phone number if the form is not received within three weeks.", false},
		{"We delete the parent's phone number if the form has not arrived within 30 days.", true},
		{"We delete the parent's phone number if the form has arrived within three weeks.", true},
		{"We delete the parent's phone number if the payment has not arrived within three weeks.", true},
		{"We delete the parent's phone number.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestOnePurposeOnly: "used for one purpose only, X" limits the use as
// "used only to X" does; its count of one is the "only" again, no number
// that changed (E7). Another count, another purpose or a dropped "only"
// is a change (M6, M5, M3).
func TestOnePurposeOnly(t *testing.T) {
	const doc = "# Kite club notice\n\n## How we use information\n\nWe use your GPS position only while the app is open and only to show launch sites near you. We do not keep a log of your GPS position.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "We use your GPS position only while the app is open and only to show launch sites near you. We do not keep a log of your GPS position."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Your GPS position is used for one purpose only, showing launch sites near you, and only while the app is open. We keep no log of your GPS position.", false},
		{"Your GPS position is used for only one reason: to show launch sites near you, and only while the app is open. We keep no log of your GPS position.", false},
		{"Your GPS position is used for two purposes only, showing launch sites near you and the weather there, and only while the app is open. We keep no log of your GPS position.", true},
		{"Your GPS position is used for one purpose only, showing you ads for launch sites near you, and only while the app is open. We keep no log of your GPS position.", true},
		{"Your GPS position is used for one purpose, showing launch sites near you, and only while the app is open. We keep no log of your GPS position.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestUnlessToldNotTo: "we go ahead unless the parent tells us not to"
// waits for an objection: the "not" is what the parent says, not a ban
// the "unless" lifts, so it is no "only if the parent confirms" (M4,
// opt-in become opt-out). A ban with its exception ("we do not go ahead
// unless the parent confirms") and a negated condition ("unless the parent
// does not confirm") still say "only if" (E7).
func TestUnlessToldNotTo(t *testing.T) {
	const doc = "# Kite club notice\n\n## Juniors\n\nA junior may join the flying league with a parent's say-so. We write to the parent, and we only sign the junior up if the parent confirms. We delete the parent's address after 30 days.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "We write to the parent, and we only sign the junior up if the parent confirms."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"We write to the parent, and we do not sign the junior up unless the parent confirms.", false},
		{"We write to the parent, and we sign the junior up unless the parent does not confirm.", false},
		{"We write to the parent, and we sign the junior up unless the parent asks us not to.", true},
		{"We write to the parent, and we sign the junior up unless the parent says no.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestOneIsA: "one purchase" and "a single purchase" say "a purchase" (E7);
// a count of two, or a period of one year, is a number (M6).
func TestOneIsA(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Fees\n\nMembers can unlock race replays with a one-off payment. We keep payment records for 6 years.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "Members can unlock race replays with a one-off payment."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"A single one-off payment unlocks race replays for members.", false},
		{"One payment unlocks race replays for members.", false},
		{"Two payments unlock race replays for members.", true},
		{"One payment unlocks race replays for members for one year.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestOnlyLeadIn: "The only clubs we share results with are:" leads in a
// list as "We share results only with:" does (E7); dropping its "only", or
// an item, is material.
func TestOnlyLeadIn(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Sharing\n\nWe share race results only with:\n\n- the regional league, which ranks crews;\n- our insurer, when a claim is made.\n\n## Contact\n\nWrite to the secretary.\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{"We share race results only with:", "The only parties we share race results with are:", false},
		{"We share race results only with:", "The only organisations we share race results with are:", false},
		{"We share race results only with:", "We share race results with:", true},
		{"We share race results only with:", "The parties we share race results with include:", true},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestAmongOtherThings: "(X, among other things)" is as open a list as
// "including X" (E7); an item added beside it is material.
func TestAmongOtherThings(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Use\n\nWe use your details to:\n\n- run the league, including ranking crews and sending race reminders;\n- keep the boathouse safe.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "- run the league, including ranking crews and sending race reminders;"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"- to run the league (ranking crews and sending race reminders, among other things);", false},
		{"- run the league, including ranking crews and sending race reminders, amongst other things;", false},
		{"- to run the league (ranking crews, selling crew photos and sending race reminders, among other things);", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestNeedLoweredToUse: a test of need lowered to one of use ("as long as
// it is necessary" → "as long as it is useful", "necessary and relevant"
// → "necessary or useful") lets more be kept (M3); the same test in other
// words is editorial.
func TestNeedLoweredToUse(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Retention\n\nWe retain your race results as long as they are necessary and relevant for running the league.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "We retain your race results as long as they are necessary and relevant for running the league."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"We keep your race results for as long as they are needed and relevant for running the league.", false},
		{"Your race results are retained as long as they are necessary and relevant for running the league.", false},
		{"We retain your race results for as long as they are necessary or useful for running the league.", true},
		{"We retain your race results as long as they are useful for running the league.", true},
		{"We retain your race results as long as they are necessary or relevant for running the league.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestDegreeOnTrigger: a degree put on what triggers a promise ("if a
// change significantly affects ...") narrows it (M3), also in a paragraph
// whose other sentence was reworded.
func TestDegreeOnTrigger(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Changes\n\nIf we make changes, we will update this page. If a change affects how we handle junior results, we will ask a parent again, and we will post a notice before the change takes effect.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "If we make changes, we will update this page. If a change affects how we handle junior results, we will ask a parent again, and we will post a notice before the change takes effect."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Whenever we change this notice, we will update this page. If a change affects how we handle junior results, we will ask a parent again, and we will post a notice before the change takes effect.", false},
		{"Whenever we change this notice, we will update this page. If a change significantly affects how we handle junior results, we will ask a parent again, and we will post a notice before the change takes effect.", true},
		{"Whenever we change this notice, we will update this page. If a change materially affects how we handle junior results, we will ask a parent again, and we will post a notice before the change takes effect.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestSellingGerund: a ban on "selling" data bans a sale as "must not
// sell" does, so a ban on using data for one's own purposes that becomes
// a ban on selling it, or a sale ban that becomes a rental ban, changes
// what recipients may do (M7); the same bans reworded are not.
func TestSellingGerund(t *testing.T) {
	const doc = "# Bike shop notice\n\n## Sharing\n\nWe hand your address to couriers to deliver parcels. " +
		"Couriers are contractually prohibited from using your address for their own purposes. " +
		"Couriers are also prohibited from selling your phone number.\n\n## Contact\n\nWrite to us.\n"
	const use = "Couriers are contractually prohibited from using your address for their own purposes."
	const sell = "Couriers are also prohibited from selling your phone number."
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{use, "Couriers are prohibited by contract from using your address for their own purposes.", false},
		{use, "Couriers are contractually prohibited from selling your address.", true},
		{sell, "Couriers are also prohibited from selling your telephone number.", false},
		{sell, "Couriers are also prohibited from renting your phone number.", true},
		{sell, "Couriers are also prohibited from using your phone number.", true},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("%q → %q: material %v, want %v\n%s", c.from, c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestAddressInRewordedParagraph: the same company's new street address
// in a paragraph whose other sentence is reworded is a move (E5) and a
// rewording (E7); the same edit that names another company or changes
// what the other sentence says is material.
func TestAddressInRewordedParagraph(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Who we are\n\nRiverside Rowing Club Ltd, 12 Mill Street, Leeds LS1 4AB, UK, is responsible for your personal data. " +
		"You can reach our secretary at secretary@example.org.\n\n## Sharing\n\nWe never sell your race results.\n"
	const from = "Riverside Rowing Club Ltd, 12 Mill Street, Leeds LS1 4AB, UK, is responsible for your personal data. You can reach our secretary at secretary@example.org."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Riverside Rowing Club Ltd, 40 Canal Road, Leeds LS2 7QT, UK, is responsible for your personal data. Our secretary can be reached at secretary@example.org.", false},
		{"Riverside Rowing Club Ltd, 40 Canal Road, Unit 3, Leeds LS2 7QT, UK, is responsible for your personal data. Our secretary can be reached at secretary@example.org.", false},
		{"Riverside Rowing Trust Ltd, 40 Canal Road, Leeds LS2 7QT, UK, is responsible for your personal data. Our secretary can be reached at secretary@example.org.", true},
		{"Riverside Rowing Club Ltd, 40 Canal Road, Leeds LS2 7QT, UK, is responsible for your personal data. Our secretary cannot be reached at secretary@example.org.", true},
		{"Riverside Rowing Club Ltd, 40 Canal Road, Leeds LS2 7QT, UK, is responsible for your personal data. Our secretary can be reached at secretary@example.net.", true},
		{"Riverside Rowing Club Ltd, 40 Canal Road, Leeds LS2 7QT, UK, is responsible for your personal data. Our secretary, who may share your data with sponsors, can be reached at secretary@example.org.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestNobodyNeeds: "nobody needs an account" denies a need as "no one
// needs" does, and says what "you can play without creating an account"
// says (E7); it is no obligation. The same edit that turns the denial
// round is material.
func TestNobodyNeeds(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Juniors\n\nYou can race without creating an account and without giving us your phone number. We never sell race results.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "You can race without creating an account and without giving us your phone number."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Nobody needs an account to race, and you don't have to give us your phone number.", false},
		{"No one needs an account to race, and you do not have to give us your phone number.", false},
		{"Nobody needs an account to race, but you have to give us your phone number.", true},
		{"Everybody needs an account to race, and you don't have to give us your phone number.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestUncrossSections: two sections that say much the same, each
// reworded in place, are compared section by section, not each with the
// other's sentence (E7); the same rewording with one statement turned
// round is material.
func TestUncrossSections(t *testing.T) {
	const parents = "Your child can race without creating an account and without giving us a phone number or email address."
	const juniors = "You don't need to tell us your phone number to race."
	const doc = "# Rowing club notice\n\n## For parents\n\n- " + parents + "\n- We never sell race results.\n\n" +
		"## For juniors\n\n- " + juniors + "\n- Never put your home address in your crew name.\n"
	for _, c := range []struct {
		parents, juniors string
		material         bool
	}{
		{"No one needs an account to race, and your child doesn't have to give us a phone number or email address.", "You can race without telling us your phone number.", false},
		{"No one needs an account to race, but your child has to give us a phone number or email address.", "You can race without telling us your phone number.", true},
		{"No one needs an account to race, and your child doesn't have to give us a phone number or email address.", "You can race only after telling us your phone number.", true},
	} {
		got, err := Classify([]byte(doc), []byte(strings.Replace(strings.Replace(doc, parents, c.parents, 1), juniors, c.juniors, 1)))
		if err != nil {
			t.Fatal(err)
		}
		if got.Material != c.material {
			t.Errorf("→ %q, %q: material %v, want %v\n%s", c.parents, c.juniors, got.Material, c.material, dump(got))
		}
	}
}

// TestForbidIsBan: what a contract forbids it prohibits (E7), in the
// active or the passive; the same edit that lifts the ban or adds an
// exception to it is material.
func TestForbidIsBan(t *testing.T) {
	const doc = "# Bike shop notice\n\n## Sharing\n\nWe hand your address to couriers to deliver parcels. Couriers are prohibited from using your address for their own purposes.\n\n## Contact\n\nWrite to us.\n"
	const from = "Couriers are prohibited from using your address for their own purposes."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Our contracts forbid couriers to use your address for their own purposes.", false},
		{"Couriers are forbidden to use your address for their own purposes.", false},
		{"Our contracts allow couriers to use your address for their own purposes.", true},
		{"Our contracts forbid couriers to use your address for their own purposes, unless you agree.", true},
		{"Couriers are not forbidden to use your address for their own purposes.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestTimePassesWithout: "if ten days pass without a reply" denies a
// reply within ten days, as "if we do not receive a reply within 10
// days" does (E7); it is no exception. The same edit with another period,
// a reply received or another outcome is material.
func TestTimePassesWithout(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Juniors\n\nWe ask a parent to agree before a junior joins the newsletter. " +
		"If we do not receive a reply within 10 days, we delete the parent's email address.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "If we do not receive a reply within 10 days, we delete the parent's email address."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"If ten days pass without a reply, we delete the parent's email address.", false},
		{"If 10 days go by without a reply, we delete the parent's email address.", false},
		{"If 30 days pass without a reply, we delete the parent's email address.", true},
		{"If ten days pass with a reply, we delete the parent's email address.", true},
		{"If ten days pass without a reply, we keep the parent's email address.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestUseLimitedTo: "their use of it is limited to delivering" sets the
// bound "they may use it only to deliver" allows (E7); the same edit
// that widens, lifts or hedges the limit is material.
func TestUseLimitedTo(t *testing.T) {
	const doc = "# Bike shop notice\n\n## Sharing\n\nWe hand your address to couriers. They may use it only to deliver your parcels.\n\n## Contact\n\nWrite to us.\n"
	const from = "They may use it only to deliver your parcels."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Their use of it is limited to delivering your parcels.", false},
		{"Their use of it is restricted to delivering your parcels.", false},
		{"Their use of it is limited to delivering your parcels and marketing.", true},
		{"Their use of it is not limited to delivering your parcels.", true},
		{"Their use of it is mostly limited to delivering your parcels.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestOneOfOurs: "one of our stewards" picks a steward, as "a steward"
// does (E6): it counts nothing. Two of them, or a deadline added, is a
// number that changed (M6).
func TestOneOfOurs(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Requests\n\nTo see your records, ask a steward at the boathouse. We never sell race results.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "To see your records, ask a steward at the boathouse."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"To see your records, ask one of our stewards at the boathouse.", false},
		{"To see your records, ask one of the stewards at the boathouse.", false},
		{"To see your records, ask two of our stewards at the boathouse.", true},
		{"To see your records, ask one of our stewards at the boathouse within 2 days.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestYouWillFind: what "you will find" in the notice is there (E7): the
// "will" promises nothing. The same edit that adds a promise is material.
func TestYouWillFind(t *testing.T) {
	const doc = "# Rowing club notice\n\n## About this notice\n\nThis notice explains what we collect. We wrote it so that juniors can read it; there is a short version for them at the end.\n\n## Sharing\n\nWe never sell race results.\n"
	const from = "We wrote it so that juniors can read it; there is a short version for them at the end."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"We wrote it so that juniors can read it, and you will find a short version for them at the end.", false},
		{"We wrote it so that juniors can read it, and you'll find a short version for them at the end.", false},
		{"We wrote it so that juniors can read it, and you will find a short version for them at the end; we may share their race results with sponsors.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestHaveOne: "while you have one" stands for the account named before
// it (E7): the "one" counts nothing. The same edit with a count of
// accounts or a period is material.
func TestHaveOne(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Messages\n\nYou cannot opt out of race-day alerts while you have a membership, because we need them to run races.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "You cannot opt out of race-day alerts while you have a membership, because we need them to run races."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"We need race-day alerts to run races, so you cannot opt out of them while you have a membership.", false},
		{"Race-day alerts are needed to run races, so you cannot opt out of them while you have one.", false},
		{"Race-day alerts are needed to run races, so you cannot opt out of them for one year.", true},
		{"Race-day alerts are needed to run races, so you can opt out of them while you have one.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestPointerInRewordedParagraph: a sentence set in a reworded paragraph
// that points to another section by its name and says what that section
// says restates it (E8); the same sentence that says something else is
// material.
func TestPointerInRewordedParagraph(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Uses\n\nWe do not use junior race data for behavioral advertising or to build profiles of juniors.\n\n" +
		"## Ads\n\nOn junior accounts, ads are contextual only: they are chosen from the page, not from what we know about you.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "We do not use junior race data for behavioral advertising or to build profiles of juniors."
	const ban = "Junior race data is never used for behavioral advertising or to build profiles of juniors."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{ban + " As the Ads section explains, ads on junior accounts are contextual only.", false},
		{ban + " As explained in the Ads section, ads on junior accounts are contextual only.", false},
		{ban + " As the Ads section explains, ads on junior accounts are personalized.", true},
		{ban + " As the Ads section explains, ads on junior accounts are contextual only, and sponsors receive junior race data.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestDegreeQualifier: a paragraph reworded sentence by sentence that
// also puts a word of degree ("significantly", "material") or a lone
// "only" into a condition narrows when the promise applies (M3), even if
// another sentence of the paragraph is only reworded (E7).
func TestDegreeQualifier(t *testing.T) {
	const doc = "# Kite club notice\n\n## Changes\n\nWhen we revise this notice, we post it on the clubhouse board. If a revision affects how we use your GPS position, we will text you a week before it applies.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "When we revise this notice, we post it on the clubhouse board. If a revision affects how we use your GPS position, we will text you a week before it applies."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Each time this notice is revised, we put it up on the clubhouse board. If a revision affects how we use your GPS position, we will text you a week before it applies.", false},
		{"Each time this notice is revised, we put it up on the clubhouse board. If a revision affects the way we use your GPS position, we will text you one week before it applies.", false},
		{"Each time this notice is revised, we put it up on the clubhouse board. If a revision significantly affects how we use your GPS position, we will text you a week before it applies.", true},
		{"Each time this notice is revised, we put it up on the clubhouse board. If a revision materially affects how we use your GPS position, we will text you a week before it applies.", true},
		{"Each time this notice is revised, we put it up on the clubhouse board. If a major revision affects how we use your GPS position, we will text you a week before it applies.", true},
		{"Each time this notice is revised, we put it up on the clubhouse board. If a revision affects how we use your GPS position, we will only text you a week before it applies.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestTheUS: "the US" names the country, as "the United States" and "the
// U.S." do (E6), never the pronoun "us". Another country, or one more, is
// a change of where data is kept (M8).
func TestTheUS(t *testing.T) {
	const doc = "# Kite club notice\n\n## Where we keep data\n\nWe keep your race times on servers in the US and send them to us by email each week.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "We keep your race times on servers in the US and send them to us by email each week."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Your race times are kept on servers in the United States and sent to us by email each week.", false},
		{"We keep your race times on servers in the U.S. and email them to us each week.", false},
		{"We keep your race times on servers in the United Kingdom and send them to us by email each week.", true},
		{"We keep your race times on servers in the United States and Canada and send them to us by email each week.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestASingle: "a single lesson" is "a lesson" stressed: the article
// counts one already (E6). Another count is a change (M6).
func TestASingle(t *testing.T) {
	const doc = "# Kite club notice\n\n## Coaching\n\nMembers can unlock the video library by booking a coaching lesson.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "Members can unlock the video library by booking a coaching lesson."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Booking a single coaching lesson unlocks the video library for members.", false},
		{"Members can unlock the video library by booking just a single coaching lesson.", false},
		{"Booking three coaching lessons unlocks the video library for members.", true},
		{"Booking a single coaching lesson each month unlocks the video library for members.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestNorDoWeRepeat: "we do not use it for A or to B" denies the use for
// each purpose, as "it is not used for A, nor do we use it to B" does
// (E7). A purpose no longer denied, or one more, is a change (M1, M5).
func TestNorDoWeRepeat(t *testing.T) {
	const doc = "# Kite club notice\n\n## Race results\n\nWe do not use race results of junior members for sponsorship deals or to rank them in public.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "We do not use race results of junior members for sponsorship deals or to rank them in public."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Race results of junior members are not used by us for sponsorship deals, nor do we use them to rank them in public.", false},
		{"We do not use race results of junior members for sponsorship deals, nor do we use them to rank them in public.", false},
		{"Race results of junior members are not used by us for sponsorship deals, but we do use them to rank them in public.", true},
		{"Race results of junior members are not used by us for sponsorship deals, nor do we use them to rank them in public or to set fees.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestPronounOne: "you may need to fill one in to enter" names the form
// again: a "one" with no unit or other number after it counts nothing
// (E6). A count of more than one, or a range, still counts (M6).
func TestPronounOne(t *testing.T) {
	const doc = "# Kite club notice\n\n## Forms\n\nFilling in our entry forms is optional but may be needed to enter a race.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "Filling in our entry forms is optional but may be needed to enter a race."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Filling in our entry forms is optional, but you may need to complete one in order to enter a race.", false},
		{"Filling in our entry forms is optional, but you may need to submit one to enter a race.", false},
		{"Filling in our entry forms is optional, but you may need to complete two forms per race in order to enter it.", true},
		{"Filling in our entry forms is optional, but you may need to complete one to three in order to enter a race.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestItemRefsWrittenOut: a reference to list items written another way
// ("items 1–3", "items 1 to 3", "items 1, 2 and 3") points to the same
// items (E7); one that points to others is material (M6).
func TestItemRefsWrittenOut(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Legal bases\n\n1. Race entry.\n2. Results.\n3. Photos.\n4. Boathouse security.\n\nWe rely on our contract with you (items 1–3 above) and our legitimate interests (item 4).\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "We rely on our contract with you (items 1–3 above) and our legitimate interests (item 4)."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"For items 1 to 3 above we rely on our contract with you, and for item 4 on our legitimate interests.", false},
		{"We rely on our contract with you (items 1, 2 and 3 above) and our legitimate interests (item 4).", false},
		{"For items 1 and 2 above we rely on our contract with you, and for items 3 and 4 on our legitimate interests.", true},
		{"We rely on our contract with you (items 1–3 above) and our legitimate interests (items 4 and 5).", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestScopeWithBackReference: "from any member" narrowed to "from junior
// members", while the later clause that named junior members now points
// back to them ("from them either"), narrows the first ban's reach (M3):
// the pronoun only refers back. Rewording either clause keeps it (E7).
func TestScopeWithBackReference(t *testing.T) {
	const doc = "# Chess club notice\n\n## What we collect\n\nWe do not collect your phone number or home address from any member, and we do not collect game recordings from junior members. We collect your rating to pair you with opponents.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "We do not collect your phone number or home address from any member, and we do not collect game recordings from junior members."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"We do not collect your phone number or home address from any members, and we do not collect game recordings from junior members.", false},
		{"From any member, we do not collect your phone number or home address, and we do not collect game recordings from junior members.", false},
		{"We do not collect your phone number or home address from junior members, and we do not collect game recordings from them either.", true},
		{"We do not collect your phone number or home address from junior members, and we do not collect game recordings from them.", true},
		{"We do not collect your phone number or home address from any member, and we do not collect game recordings from them either.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestLinkLetsYou: "the settings page lets you change X" grants what "you
// can change X through the settings page" does (E7); a different thing
// the page lets you do, or a page that no longer lets you, is a change.
func TestLinkLetsYou(t *testing.T) {
	const doc = "# Chess club notice\n\n## Your choices\n\nYou can change your newsletter preferences at any time through the Preferences page of your account. We send the newsletter once a month.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "You can change your newsletter preferences at any time through the Preferences page of your account."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"The Preferences page of your account lets you change your newsletter preferences at any time.", false},
		{"The Preferences page of your account allows you to change your newsletter preferences at any time.", false},
		{"The Preferences page of your account lets you view your newsletter preferences at any time.", true},
		{"The Preferences page of your account does not let you change your newsletter preferences.", true},
		{"The Preferences page of your account lets you change your newsletter preferences once a year.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestDeniedOfEach: "we do not use it for A or to B" denies the use for A
// and for B, as "it is not used for A, and it is not used to B" does: the
// negation repeated for each of the things joined by "or" denies no more
// (E7). Dropping one of the denials, or denying something else, is a
// change.
func TestDeniedOfEach(t *testing.T) {
	const doc = "# Chess club notice\n\n## How we use information\n\nWe use your rating to pair you with opponents. We do not use game recordings of junior members for coaching videos or to rank schools.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "We do not use game recordings of junior members for coaching videos or to rank schools."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Game recordings of junior members are not used for coaching videos, and they are not used to rank schools.", false},
		{"We do not use game recordings of junior members for coaching videos, and we do not use them to rank schools.", false},
		{"Game recordings of junior members are not used for coaching videos, and they are used to rank schools.", true},
		{"Game recordings of junior members are not used for coaching videos, and they are not used to rank schools unless a parent agrees.", true},
		{"Game recordings of junior members are not used for coaching videos.", true},
		{"Game recordings of junior members are not used for coaching videos, and they are not sold to rank schools.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestAddressBesideRewording: the same company's street address changed
// in a paragraph whose other sentence is reworded is E5 and E7 both; the
// new street's name is no new party. Another company, or a reworded
// sentence that now says something else, is a change.
func TestAddressBesideRewording(t *testing.T) {
	const doc = "# Chess club notice\n\n## Who we are\n\nKingside Chess Club Ltd, 14 Rook Lane, Unit 2, Leeds LS1 4AB, United Kingdom, is the controller of your information. Our club secretary answers privacy questions. You can reach our data protection lead at privacy@example.org.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "Kingside Chess Club Ltd, 14 Rook Lane, Unit 2, Leeds LS1 4AB, United Kingdom, is the controller of your information. Our club secretary answers privacy questions. You can reach our data protection lead at privacy@example.org."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Kingside Chess Club Ltd, 90 Bishop Road, Floor 3, Leeds LS2 7QT, United Kingdom, is the controller of your information. Our club secretary answers privacy questions. Our data protection lead can be reached at privacy@example.org.", false},
		{"Kingside Chess Club Ltd, 90 Bishop Road, Leeds LS2 7QT, United Kingdom, is the controller of your information. Our club secretary answers privacy questions. Our data protection lead can be contacted at privacy@example.org.", false},
		{"Castling Leisure Ltd, 90 Bishop Road, Floor 3, Leeds LS2 7QT, United Kingdom, is the controller of your information. Our club secretary answers privacy questions. Our data protection lead can be reached at privacy@example.org.", true},
		{"Kingside Chess Club Ltd, 90 Bishop Road, Floor 3, Leeds LS2 7QT, United Kingdom, is the controller of your information. Our club secretary answers privacy questions. Our data protection lead can be reached at privacy@example.org, but does not answer requests to delete data.", true},
		{"Kingside Chess Club Ltd, 90 Bishop Road, Floor 3, Leeds LS2 7QT, United Kingdom, is the controller of your information. Our club secretary answers privacy questions. Our data protection lead can be reached at privacy@example.com.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestCountedLeadIn: "for three purposes:" above a list of three items
// counts them and names them as "for the following purposes:" would, so
// a sentence turned into a counted list says the same (E7). A count that
// is not the number of items, or an item added, is a change.
func TestCountedLeadIn(t *testing.T) {
	const doc = "# Chess club notice\n\n## How we use information\n\nWe keep a record of the games you play. We use this record to rate your play, to pair you with opponents, and to publish league tables.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "We use this record to rate your play, to pair you with opponents, and to publish league tables."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"We use this record for three purposes:\n\n- to rate your play;\n- to pair you with opponents; and\n- to publish league tables.", false},
		{"We use this record for 3 purposes:\n\n* to rate your play,\n* to pair you with opponents, and\n* to publish league tables.", false},
		{"We use this record for four purposes:\n\n- to rate your play;\n- to pair you with opponents; and\n- to publish league tables.", true},
		{"We use this record for four purposes:\n\n- to rate your play;\n- to pair you with opponents;\n- to publish league tables; and\n- to sell coaching plans.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestContactRouteReworded: "by contacting us at X" and "by emailing us
// at X" are one route, the address says how (E7), and "the newsletters we
// send" are "our newsletters". A route dropped, a condition added or a
// time limit is a change.
func TestContactRouteReworded(t *testing.T) {
	const doc = "# Chess club notice\n\n## Your choices\n\nYou may stop the newsletters we send at any time by using the link in each newsletter or by contacting us at secretary@example.org. We send the newsletter once a month.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "You may stop the newsletters we send at any time by using the link in each newsletter or by contacting us at secretary@example.org."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"You can stop our newsletters at any time, either by following the link in each newsletter or by emailing us at secretary@example.org.", false},
		{"You may stop the newsletters we send at any time by following the steps in each newsletter or by emailing us at secretary@example.org.", false},
		{"You may stop our newsletters at any time by using the link in each newsletter or by contacting us at secretary@example.org.", false},
		{"You may stop the newsletters we send at any time by using the link in each newsletter or by writing to us at secretary@example.org.", false},
		{"You can stop our newsletters at any time by following the link in each newsletter.", true},
		{"You can stop our newsletters at any time, either by following the link in each newsletter or by emailing us at secretary@example.org, if you are an adult member.", true},
		{"You can stop our newsletters once a year, either by following the link in each newsletter or by emailing us at secretary@example.org.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestPronounOneHeld: "while you have one" stands for the membership
// named before it and counts nothing (E6); "one" before a unit still
// counts, and a real count changed is a change (M6).
func TestPronounOneHeld(t *testing.T) {
	const doc = "# Chess club notice\n\n## Your choices\n\nYou cannot turn off fixture reminders while you have a membership, because we need them to run the league. We send the newsletter once a month.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "You cannot turn off fixture reminders while you have a membership, because we need them to run the league."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Fixture reminders are needed to run the league, so you cannot turn them off while you have a membership.", false},
		{"We need fixture reminders to run the league, so you cannot turn them off while you have one.", false},
		{"We need fixture reminders to run the league, so you cannot turn them off for one year after you join.", true},
		{"We need fixture reminders to run the league, so you cannot turn them off while you have two or more memberships.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestMailVerbSwapped: "email X" and "write to X" before the same address
// name one route, also in a paragraph reworded around them (E7); the verb
// is no list item replaced, nor a data item dropped. A fee or a deadline
// added is a change.
func TestMailVerbSwapped(t *testing.T) {
	const doc = "# Chess club notice\n\n## Your rights\n\nYou can correct your rating history yourself on the Results page. For other requests, email records@example.org. We answer within 14 days.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "You can correct your rating history yourself on the Results page. For other requests, email records@example.org."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Your rating history can be corrected by you directly on the Results page; for any other request, write to records@example.org.", false},
		{"Your rating history can be corrected by you directly on the Results page; for any other request, write to us at records@example.org.", false},
		{"Your rating history can be corrected by you directly on the Results page; for any other request, write to records@example.org and pay a fee.", true},
		{"Your rating history can be corrected by you directly on the Results page. For other requests, write to records@example.org.", false},
		{"Your rating history can be corrected by you directly on the Results page. For other requests, write to records@example.org within 30 days.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestNotLimitedTo: "may include (but may not be limited to): X" and
// "among other things, it may include: X" say that the list is open, as
// "may include: X" does (E7); closing the list or adding an item is
// material.
func TestNotLimitedTo(t *testing.T) {
	const doc = "# Rowing club notice\n\n## What we collect\n\nWhen you join a crew, we record details that may include (but may not be limited to): your name, your weight class and your emergency contact. We never sell your race results.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "When you join a crew, we record details that may include (but may not be limited to): your name, your weight class and your emergency contact."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"When you join a crew, we record details that may include: your name, your weight class and your emergency contact.", false},
		{"When you join a crew, we record details that may include, but are not limited to, your name, your weight class and your emergency contact.", false},
		{"When you join a crew, we record details. Among other things, these details may include: your name, your weight class and your emergency contact.", false},
		{"When you join a crew, we record only these details: your name, your weight class and your emergency contact.", true},
		{"When you join a crew, we record details that may include (but may not be limited to): your name, your weight class, your home address and your emergency contact.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestRouteThroughMeans: "either through the stop link or by writing to
// us" offers the two ways "by using the stop link or by writing to us"
// offers (E7); dropping either way is material (M14).
func TestRouteThroughMeans(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Letters\n\nYou may stop the club letters at any time by using the stop link in each letter or by writing to us at club@example.com.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "You may stop the club letters at any time by using the stop link in each letter or by writing to us at club@example.com."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"You can stop the club letters whenever you like, either through the stop link in each letter or by writing to us at club@example.com.", false},
		{"You can stop the club letters at any time via the stop link in each letter or by writing to us at club@example.com.", false},
		{"You can stop the club letters whenever you like through the stop link in each letter.", true},
		{"You can stop the club letters whenever you like by writing to us at club@example.com.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestOurClauseAndAddress: "the letters we send" are "our letters", and
// "by contacting us at" an address is "by emailing us at" the same
// address (E7); a route or a condition changed beside them is material.
func TestOurClauseAndAddress(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Letters\n\nYou may stop the club letters we send at any time by clicking the stop link printed in such letter or by contacting us at club@example.com.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "You may stop the club letters we send at any time by clicking the stop link printed in such letter or by contacting us at club@example.com."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"You can stop our club letters at any time, either by pressing the stop link in the letter or by emailing us at club@example.com.", false},
		{"You may stop the club letters that we send at any time by clicking the stop link printed in such letter or by emailing us at club@example.com.", false},
		{"You can stop our club letters at any time, either by pressing the stop link in the letter or by calling us on 0113 496 0000.", true},
		{"You can stop our club letters, except receipts, at any time, either by pressing the stop link in the letter or by emailing us at club@example.com.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestKeepSafe: "we work hard to keep your records safe" says what "we
// work hard to protect your records" says (E7), a safeguard, not a
// period of retention, also in a paragraph rewritten as a list; keeping
// records for a time, or a new recipient, is material.
func TestKeepSafe(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Keeping records safe\n\nWe lock the race records in a cabinet, limit access to the committee, and check the lock every month. No cabinet is perfectly secure, but we work hard to protect members' records.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "We lock the race records in a cabinet, limit access to the committee, and check the lock every month. No cabinet is perfectly secure, but we work hard to protect members' records."
	const list = "We protect members' records as follows:\n\n- the race records are locked in a cabinet;\n- access is limited to the committee; and\n- every month, we check the lock.\n\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{list + "While no cabinet is perfectly secure, we work hard to keep members' records safe.", false},
		{list + "While no cabinet is perfectly secure, we work hard at keeping members' records secure.", false},
		{list + "While no cabinet is perfectly secure, we work hard to keep members' records for ten years.", true},
		{list + "While no cabinet is perfectly secure, we work hard to keep members' records safe, and we share them with our insurer.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestStreetMovedBesideRewording: the same company's street address
// changed in one sentence of a paragraph whose next sentence is reworded
// is still a move (E5), not a new party; a new company name or another
// city in the same edit is material.
func TestStreetMovedBesideRewording(t *testing.T) {
	const doc = "# Quiz notice\n\n## Who we are\n\nQuizbright Inc., 12 Mercer Street, Salem, OR 97301, USA, is responsible for your information. You can reach our privacy lead at privacy@example.com.\n\n## Answers\n\nPupils answer quizzes in class.\n"
	const from = "Quizbright Inc., 12 Mercer Street, Salem, OR 97301, USA, is responsible for your information. You can reach our privacy lead at privacy@example.com."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Quizbright Inc., 300 Kirkgate Road, Salem, OR 97302, USA, is responsible for your information. Our privacy lead can be reached at privacy@example.com.", false},
		{"Quizbright Inc., 77 Boar Lane, Floor 2, Salem, OR 97301, USA, is responsible for your information. Our privacy lead can be reached at privacy@example.com.", false},
		{"Quizbright Group Inc., 300 Kirkgate Road, Salem, OR 97302, USA, is responsible for your information. Our privacy lead can be reached at privacy@example.com.", true},
		{"Quizbright Inc., 300 Kirkgate Road, Salem, OR 97302, USA, is responsible for your information. Our privacy lead can be reached at privacy@example.com, and Brightside Tutors Inc. handles your requests.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestLawRequiresIt: "when the law requires it" is "when required by law"
// (E7), whichever way it is written; what the law allows, or a new
// ground beside it, is material.
func TestLawRequiresIt(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Sharing\n\n- **Safety:** we pass race results to the police when required by law or to protect the safety of rowers.\n- **Insurer:** we tell our insurer about accidents.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "when required by law or to protect the safety of rowers."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"when the law requires it, or to protect the safety of rowers.", false},
		{"when the law requires us to do so, or to protect the safety of rowers.", false},
		{"when the law allows it, or to protect the safety of rowers.", true},
		{"when the law requires it, to protect the safety of rowers, or to help our sponsors.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestNounOfNamedVerb: "Any such disclosure will be made ..." in a
// rewritten paragraph that says "we may disclose" names the act the
// paragraph already names (E7); a new recipient or purpose in the same
// rewrite is material.
func TestNounOfNamedVerb(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Sharing\n\nWe may disclose race results to the league to rank crews, settle protests, or publish tables. Such results will be disclosed in line with this notice and league rules. We never sell race results.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "We may disclose race results to the league to rank crews, settle protests, or publish tables. Such results will be disclosed in line with this notice and league rules."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"We may disclose race results to the league in order to rank crews, to settle protests or to publish tables. Any such disclosure will be made in line with this notice and league rules.", false},
		{"We may disclose race results to the league in order to rank crews, to settle protests or to publish tables. Any such disclosure will be made in line with this notice and league rules, and to our sponsors.", true},
		{"We may disclose race results to the league in order to rank crews, to settle protests, to publish tables or to sell betting odds. Any such disclosure will be made in line with this notice and league rules.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestLetsForCan: "a note lets a rower skip a regatta" grants what
// "rowers can skip a regatta with a note" grants (E7), also in a
// paragraph rewritten sentence by sentence; a grant to someone else, or a
// new permission of ours, is material.
func TestLetsForCan(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Regattas\n\nThe club runs regattas and posts results. In the junior squad, coaches pick crews by time trial only, and parents approve every outing. Rowers can skip any regatta with a note to the captain.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "The club runs regattas and posts results. In the junior squad, coaches pick crews by time trial only, and parents approve every outing. Rowers can skip any regatta with a note to the captain."
	const lead = "The club runs regattas and posts results. Coaches of the junior squad pick crews only by time trial, and every outing is approved by parents. "
	for _, c := range []struct {
		to       string
		material bool
	}{
		{lead + "A note to the captain lets a rower skip any regatta.", false},
		{lead + "A note to the captain allows rowers to skip any regatta.", false},
		{lead + "A note to the captain lets a coach skip any regatta.", true},
		{lead + "A note to the captain lets a rower skip any regatta, and a signed form lets us share your times with sponsors.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestNameInLinkTarget: link text made descriptive with a name that the
// same link's target spells ("[here](.../watchdog/form)" → "[the Watchdog
// complaint form](.../watchdog/form)") names the page, not a new body
// (E4); the same name on a link to another site, or a body added beside
// it, is material.
func TestNameInLinkTarget(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Complaints\n\nPlease write to the secretary first. If the secretary does not settle your complaint, you may take it to the Rowing Ombudsman online [here](https://ombudsman.example.org/watchdog/form) or by post. The Ombudsman will then act as a go-between.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "Please write to the secretary first. If the secretary does not settle your complaint, you may take it to the Rowing Ombudsman online [here](https://ombudsman.example.org/watchdog/form) or by post. The Ombudsman will then act as a go-between."
	const lead = "Any complaint should first be sent to the secretary. If the secretary does not settle it, you may take it to the Rowing Ombudsman "
	for _, c := range []struct {
		to       string
		material bool
	}{
		{lead + "online, using the Ombudsman's [Watchdog complaint form](https://ombudsman.example.org/watchdog/form), or by post. The Ombudsman will then act as a go-between.", false},
		{lead + "online, using the [Watchdog complaint form](https://watchdog.example.com/form), or by post. The Ombudsman will then act as a go-between.", true},
		{lead + "or to Watchdog Mediation online, using the Ombudsman's [Watchdog complaint form](https://ombudsman.example.org/watchdog/form), or by post. The Ombudsman will then act as a go-between.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestApproximateRegion: where someone roughly is ("approximate region",
// "general area") is location data: using it where nothing about the
// member was used is material (M5), also in a paragraph reworded around
// it; the paragraph reworded alone is not.
func TestApproximateRegion(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Ads\n\nThe club app is free and shows ads. In the junior app, ads are contextual only: they are chosen based on the screen you are on, not on anything we know about you, and our sponsors check them. Members can remove all ads with a one-time payment.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "The club app is free and shows ads. In the junior app, ads are contextual only: they are chosen based on the screen you are on, not on anything we know about you, and our sponsors check them. Members can remove all ads with a one-time payment."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"The club app is free, and it shows ads. Ads in the junior app are only contextual. They are picked based on the screen you are on, rather than on anything we know about you. Our sponsors also check them. Members can remove all ads with a one-time payment.", false},
		{"The club app is free, and it shows ads. Ads in the junior app are only contextual. They are picked based on the screen you are on and on your approximate region, rather than on anything else we know about you. Our sponsors also check them. Members can remove all ads with a one-time payment.", true},
		{"The club app is free, and it shows ads. Ads in the junior app are only contextual. They are picked based on the screen you are on and on your general area, rather than on anything else we know about you. Our sponsors also check them. Members can remove all ads with a one-time payment.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestWishDenied: "members who want no ads" says what a member wishes,
// not what the club does (E7), and the app the notice is titled after may
// be called "the app"; the same edit that drops the way to remove ads, or
// changes how, is material.
func TestWishDenied(t *testing.T) {
	const doc = "# Oarlock Privacy Notice\n\n## Ads\n\nOarlock is free and shows ads. Members can remove all ads with a one-time payment.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "Oarlock is free and shows ads. Members can remove all ads with a one-time payment."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"The app shows ads and is free. Members who want no ads at all can remove every ad with a one-time payment.", false},
		{"The app shows ads and is free. Members who do not want ads can remove every ad with a one-time payment.", false},
		{"The app shows ads and is free. Members who want no ads at all cannot remove them.", true},
		{"The app shows ads and is free. Members who want no ads at all can remove every ad with a monthly payment.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestCouldNotBeDone: "a parcel that could not be delivered" tells what
// failed to happen, not what may happen (no M2 hedge); the same sentence
// that hedges what the club does is material.
func TestCouldNotBeDone(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Sources\n\n- Couriers tell us when a kit parcel has been delivered or could not be delivered.\n- We never sell your race results.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "- Couriers tell us when a kit parcel has been delivered or could not be delivered."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"- Our couriers let us know whether or not each kit parcel was delivered.", false},
		{"- Couriers may tell us when a kit parcel has been delivered.", true},
		{"- Couriers tell us when a kit parcel has been delivered and share your phone number with us.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestNounAsGerund: "disclosure is necessary" and "disclosing it is
// necessary" name the same act, by its noun or by its verb's -ing form
// (E7), also where the verb is used elsewhere in a paragraph reworded
// around it. A purpose added beside it, or the promise beside it dropped,
// is a change.
func TestNounAsGerund(t *testing.T) {
	const doc = "# Chess club notice\n\n## Sharing\n\nWe give your results to the county federation when we are required to do so by law, or when we believe that disclosure is necessary to settle a dispute. Where the law allows, we tell you before we disclose.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "We give your results to the county federation when we are required to do so by law, or when we believe that disclosure is necessary to settle a dispute. Where the law allows, we tell you before we disclose."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"We give your results to the county federation when the law requires us to disclose them, or when we believe that disclosing them is necessary to settle a dispute. If the law allows, we will tell you before we disclose them.", false},
		{"We give your results to the county federation when the law requires us to disclose them, or when we believe that disclosing them is necessary to settle a dispute.", true},
		{"We give your results to the county federation when the law requires us to disclose them, or when we believe that disclosing them is necessary to settle a dispute or to promote our tournaments. If the law allows, we will tell you before we disclose them.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestAddressInReorderedSentence: a sentence reworded around the same
// company's new street address ("X, 14 Rook Lane, is the controller" →
// "The controller is X, 90 Bishop Road") gives the address (E5) and says
// the rest in other words (E7). Another company, another city, or a
// clause dropped beside the address is a change.
func TestAddressInReorderedSentence(t *testing.T) {
	const doc = "# Chess club notice\n\n## Who we are\n\nKingside Chess Club Ltd, 14 Rook Lane, Unit 2, Leeds LS1 4AB, United Kingdom, is the controller of your information, except for tournament entries (see below). Our club secretary answers privacy questions.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "Kingside Chess Club Ltd, 14 Rook Lane, Unit 2, Leeds LS1 4AB, United Kingdom, is the controller of your information, except for tournament entries (see below)."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"The controller of your information, except for tournament entries (see below), is Kingside Chess Club Ltd, 90 Bishop Road, Unit 7, Leeds LS1 4AB, United Kingdom.", false},
		{"The controller of your information, except for tournament entries (see below), is Kingside Chess Club Ltd, 90 Bishop Road, Leeds LS2 7QT, United Kingdom.", false},
		{"The controller of your information, except for tournament entries (see below), is Castling Leisure Ltd, 90 Bishop Road, Unit 7, Leeds LS1 4AB, United Kingdom.", true},
		{"The controller of your information, except for tournament entries (see below), is Kingside Chess Club Ltd, 90 Bishop Road, Unit 7, Dublin LS1 4AB, Ireland.", true},
		{"The controller of your information is Kingside Chess Club Ltd, 90 Bishop Road, Unit 7, Leeds LS1 4AB, United Kingdom.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestQualifierDroppedOnce: a word with an opposite ("anonymous") dropped
// from one place while the sentence keeps it in another is still dropped
// (M3): the item it qualified now covers more. The sentence reworded
// around both is not.
func TestQualifierDroppedOnce(t *testing.T) {
	const doc = "# Chess club notice\n\n## What this notice covers\n\nPersonal information does not include results made anonymous, or a board number given to an anonymous player.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "Personal information does not include results made anonymous, or a board number given to an anonymous player."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Personal information does not include results that are made anonymous, or a board number given to an anonymous player.", false},
		{"Personal information does not include results made anonymous or a board number that is given to an anonymous player.", false},
		{"Personal information does not include results made anonymous, or a board number given to a player.", true},
		{"Personal information does not include results made anonymous, or a board number given to any player.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestRequireDenied: "entering does not require a membership" denies a
// need, as "nobody needs a membership to enter" does, and says what "you
// can enter without taking out a membership" says (E7); it binds nobody.
// The need turned round, or a duty added beside it, is a change.
func TestRequireDenied(t *testing.T) {
	const doc = "# Chess club notice\n\n## Tournaments\n\nYou can enter our open tournaments without taking out a membership and without giving us your phone number. We publish results.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "You can enter our open tournaments without taking out a membership and without giving us your phone number."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Entering our open tournaments does not require a membership, and you do not have to give us your phone number.", false},
		{"Our open tournaments do not require a membership to enter, and you don't have to give us your phone number.", false},
		{"Entering our open tournaments requires a membership, and you do not have to give us your phone number.", true},
		{"Entering our open tournaments does not require a membership, but you must give us your phone number.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestModalAfterRelativeClause: "we may pair X with data we get from Y
// and use it" governs "use" with the "may" of "pair", across the relative
// clause "we get from Y"; repeating the modal before "use" permits the
// same (E7). Another act, or a ban, in its place is a change.
func TestModalAfterRelativeClause(t *testing.T) {
	const doc = "# Chess club notice\n\n## Ratings\n\nWe may pair your results with ratings we get from the national federation and use them to seed tournaments.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "We may pair your results with ratings we get from the national federation and use them to seed tournaments."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"We may pair your results with ratings that we get from the national federation, and we may use them to seed tournaments.", false},
		{"We may pair your results with ratings that we get from the national federation, and we may give them to sponsors.", true},
		{"We may pair your results with ratings that we get from the national federation, but we do not use them to seed tournaments.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestSparedChore: "to save you from having to sign in each time you
// visit" spares the chore "so that you do not have to sign in on each
// visit" spares (E7), in either form of "save"; the chore no longer
// spared is a change (M1). "As well as possible" is "best", not an item
// joined by "as well as".
func TestSparedChore(t *testing.T) {
	const doc = "# Chess club notice\n\n## Cookies\n\nWe use one cookie to save you from having to sign in each time you visit the results page. We use another so that we can best show your games.\n\n## Contact\n\nWrite to the secretary.\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{"to save you from having to sign in each time you visit", "so that you do not have to sign in on each visit to", false},
		{"to save you from having to sign in each time you visit", "so you don't have to sign in every time you visit", false},
		{"to save you from having to sign in each time you visit", "sparing you from having to sign in on every visit to", false},
		{"to save you from having to sign in each time you visit", "so that you have to sign in each time you visit", true},
		{"to save you from having to sign in each time you visit", "so that you do not have to sign in, and to track you, on each visit to", true},
		{"so that we can best show your games", "so that we can show your games as well as possible", false},
		{"so that we can best show your games", "so that we can show your games as well as your ratings", true},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("%q → %q: material %v, want %v\n%s", c.from, c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestApproximateItem: "approximate" names a data item by its precision,
// as "precise" does: a paragraph reworded to choose ads "based on the
// page and on your approximate region" uses a new item (M5). The same
// paragraph reworded with no new item is not.
func TestApproximateItem(t *testing.T) {
	const doc = "# Chess club notice\n\n## Adverts\n\nThe website is free and shows adverts. Adverts are chosen based on the page you are reading, not on anything we know about you. Members can hide all adverts.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "The website is free and shows adverts. Adverts are chosen based on the page you are reading, not on anything we know about you. Members can hide all adverts."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"The website is free, and it shows adverts. They are picked based on the page you are reading rather than on anything we know about you. Members can hide all adverts.", false},
		{"The website is free, and it shows adverts. They are picked based on the page you are reading and on your approximate region, rather than on anything else we know about you. Members can hide all adverts.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestPurchaseLetsMembers: "a paid plan lets members hide adverts" grants
// what "members can hide adverts with a paid plan" does, whoever the
// grantee is (E7). A limit put on it, another grantee, or the grant
// denied is a change.
func TestPurchaseLetsMembers(t *testing.T) {
	const doc = "# Chess club notice\n\n## Adverts\n\nThe website is free and shows adverts. Adverts are chosen based on the page you are reading. Members can hide all adverts with a paid plan.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "The website is free and shows adverts. Adverts are chosen based on the page you are reading. Members can hide all adverts with a paid plan."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"The website is free, and it shows adverts. They are picked based on the page you are reading. A paid plan lets members hide all adverts.", false},
		{"The website is free, and it shows adverts. They are picked based on the page you are reading. A paid plan allows members to hide all adverts.", false},
		{"The website is free, and it shows adverts. They are picked based on the page you are reading. A paid plan lets members hide all adverts for 30 days.", true},
		{"The website is free, and it shows adverts. They are picked based on the page you are reading. A paid plan lets sponsors hide all adverts.", true},
		{"The website is free, and it shows adverts. They are picked based on the page you are reading. A paid plan does not let members hide all adverts.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestAllowedToIsMay: "coaches are allowed to use them only to" permits
// what "coaches may use them only to" does (E7). The limit dropped, or
// the permission turned into a ban, is a change.
func TestAllowedToIsMay(t *testing.T) {
	const doc = "# Chess club notice\n\n## Coaches\n\nOur coaches can see your games. They may use them only to prepare your training.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "Our coaches can see your games. They may use them only to prepare your training."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Our coaches can see your games, and they are allowed to use your games solely to prepare your training.", false},
		{"Our coaches can see your games. They are permitted to use them only to prepare your training.", false},
		{"Our coaches can see your games, and they are allowed to use your games to prepare your training.", true},
		{"Our coaches can see your games, and they are not allowed to use your games to prepare your training.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestTableCellGenericNoun: a list turned into a table whose row opens
// its second cell with a generic noun for the label ("Organisers |
// Companies that run ...") and writes "contractually prohibited" as "our
// contracts prohibit" keeps the same items (E7). A new kind of recipient
// or a ban lifted in the same table is a change.
func TestTableCellGenericNoun(t *testing.T) {
	const doc = "# Chess club notice\n\n## Sharing\n\nWe share your details with:\n\n- **Tournament organisers** that run the events you enter. They are contractually prohibited from using your details for marketing.\n- **The federation:** your rating and your club.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "- **Tournament organisers** that run the events you enter. They are contractually prohibited from using your details for marketing.\n- **The federation:** your rating and your club.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"| Recipient | Terms |\n|---|---|\n| Tournament organisers | Companies that run the events you enter. Our contracts prohibit them from using your details for marketing. |\n| The federation | Your rating and your club. |\n", false},
		{"| Recipient | Terms |\n|---|---|\n| Tournament organisers | Companies that run the events you enter. Our contracts allow them to use your details for marketing. |\n| The federation | Your rating and your club. |\n", true},
		{"| Recipient | Terms |\n|---|---|\n| Tournament organisers | Companies that run the events you enter, and their sponsors. Our contracts prohibit them from using your details for marketing. |\n| The federation | Your rating and your club. |\n", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestLearnFromSource: "we learn from the federation whether a result is
// confirmed" names the source "the federation tells us whether ..." does
// (E7). Another source, or one more, is a change.
func TestLearnFromSource(t *testing.T) {
	const doc = "# Chess club notice\n\n## Information from others\n\n- The federation tells us whether a result has been confirmed.\n- Arbiters send us match reports.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "The federation tells us whether a result has been confirmed."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"We learn from the federation whether a result has been confirmed.", false},
		{"We hear from the federation whether a result has been confirmed.", false},
		{"We learn from data brokers whether a result has been confirmed.", true},
		{"We learn from opposing players whether a result has been confirmed.", true},
		{"We learn from the federation and from sponsors whether a result has been confirmed.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestPurposeItemIsUse: a purpose clause added to a list of purposes
// ("..., and to decide which offers to send you") is a new use (M5), of
// the use category even in a section about collection; the same sentence
// reworded adds none.
func TestPurposeItemIsUse(t *testing.T) {
	const doc = "# Chess club notice\n\n## How we collect information\n\nWe may record the openings you play in online games to help us find which openings are most popular with our members.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "We may record the openings you play in online games to help us find which openings are most popular with our members."
	for _, c := range []struct {
		to       string
		material bool
		cat      string
	}{
		{"We may record the openings you play in online games to help us find which openings are most popular with our members, and to decide which lessons to suggest to each member.", true, notice.CatUse},
		{"We may record the openings you play in online games so that we can find which openings are most popular with our members.", false, ""},
	} {
		got := classifyEdit(t, doc, from, c.to)
		if got.Material != c.material || c.cat != "" && !slices.Contains(got.Categories, c.cat) {
			t.Errorf("→ %q: material %v %v, want %v %q\n%s", c.to, got.Material, got.Categories, c.material, c.cat, dump(got))
		}
	}
}

// TestNeedLoweredInParagraph: a test of need lowered to one of use in a
// sentence of a paragraph reworded around it is material (M3); the
// rewording with the same test is not.
func TestNeedLoweredInParagraph(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Retention\n\nWe keep your race results as long as they are necessary for running the league. After that we delete them.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "We keep your race results as long as they are necessary for running the league. After that we delete them."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Your race results are kept for as long as they are needed for running the league. Once that time has passed, they are deleted.", false},
		{"Your race results are kept for as long as they are useful for running the league. Once that time has passed, they are deleted.", true},
		{"Your race results are kept for as long as they are helpful to the league. Once that time has passed, they are deleted.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestSourceAndScopeInRecast: a source swapped for another ("from the
// county federation" → "from rival clubs") or a whole-set quantifier for a
// partial one ("all of your results" → "some of your results") in
// sentences merged or recast is material; the same recast with the same
// source and scope is not.
func TestSourceAndScopeInRecast(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Sources\n\nWe receive match scores from the county federation. We use them to rank crews.\n\n## Disclosure\n\nWe may share all of your race results with sponsors. We never sell them.\n\n## Contact\n\nWrite to the secretary.\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{"We receive match scores from the county federation. We use them to rank crews.", "Match scores reach us from the county federation, and we rank crews with them.", false},
		{"We receive match scores from the county federation. We use them to rank crews.", "Match scores reach us from rival clubs, and we rank crews with them.", true},
		{"We receive match scores from the county federation. We use them to rank crews.", "Match scores reach us from opposing members, and we rank crews with them.", true},
		{"We receive match scores from the county federation. We use them to rank crews.", "Match scores reach us from other members, and we rank crews with them.", true},
		{"We may share all of your race results with sponsors. We never sell them.", "All of your race results may be shared with sponsors, and they are never sold.", false},
		{"We may share all of your race results with sponsors. We never sell them.", "Some of your race results may be shared with sponsors, and they are never sold.", true},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestExampleMayHappen: a sentence that works an example ("for example, a
// member on the river might see ...") tells what may happen to someone,
// not a hedge on what the club does; and a time of day in it is no
// period. The same paragraph that hedges the club's own promise, or
// changes a period, is material.
func TestExampleMayHappen(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Ads\n\nIn the junior app, ads are chosen based on the screen you are on, not on anything we know about you. Our sponsors check every ad. We keep ad reports for 30 days.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "In the junior app, ads are chosen based on the screen you are on, not on anything we know about you. Our sponsors check every ad. We keep ad reports for 30 days."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"In the junior app, ads are chosen based on the screen you are on and not on anything we know about you; for example, a member on the river screen might see an ad for rowing gloves. Our sponsors check every ad. We keep ad reports for 30 days.", false},
		{"In the junior app, ads are chosen based on the screen you are on and not on anything we know about you; for example, an ad shown at 9:05 on the river screen might be for rowing gloves. Our sponsors check every ad. We keep ad reports for 30 days.", false},
		{"In the junior app, ads are chosen based on the screen you are on and not on anything we know about you; for example, a member on the river screen might see an ad for rowing gloves. Our sponsors may check ads. We keep ad reports for 30 days.", true},
		{"In the junior app, ads are chosen based on the screen you are on and not on anything we know about you; for example, a member on the river screen might see an ad for rowing gloves. Our sponsors check every ad. We keep ad reports for 90 days.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestSectionRefIsNoCount: a pointer to a numbered part of the notice
// ("in section 4", "(items 1–3 above)") is no quantity: rewritten or
// corrected, it is editorial. A period beside it changed is material.
func TestSectionRefIsNoCount(t *testing.T) {
	const doc = "# Rowing club notice\n\n## 4. Legal bases\n\n1. Race entry.\n2. Results.\n3. Photos.\n\nWe rely on our contract with you (items 1–3 above). We keep these records for 6 years.\n\n## 5. Contact\n\nWrite to the secretary.\n"
	const from = "We rely on our contract with you (items 1–3 above). We keep these records for 6 years."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"For items 1 to 3 in section 4, we rely on our contract with you. We keep these records for 6 years.", false},
		{"For items 1 to 3 in section 4, we rely on our contract with you. We keep these records for 7 years.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestMailboxMovedToAnotherDomain: a privacy mailbox moved to a domain
// that neither revision gives the company (a contact line alone, or in
// the company's contact block) is another party's mailbox (M10); the same
// company's mailbox renamed, or moved to a domain of its own, is E5.
func TestMailboxMovedToAnotherDomain(t *testing.T) {
	block := "Privacy Office  \nHollowell & Finch, Inc.  \n225 Gantry Row  \nColumbus, OH 43215  \nprivacy@hollowellfinch.com"
	line := "Email privacy@hollowellfinch.com."
	doc := func(contact string) []byte {
		return []byte("# Hollowell & Finch privacy notice\n\n## Sharing\n\nWe do not sell your data.\n\n## Contact us\n\n" + contact + "\n")
	}
	for _, tt := range []struct {
		old, new string
		material bool
	}{
		{block, strings.Replace(block, "privacy@", "dataprotection@", 1), false},
		{block, strings.Replace(block, "hollowellfinch.com", "hollowell-finch.co.uk", 1), false},
		{block, strings.Replace(block, "hollowellfinch.com", "mail.hollowellfinch.com", 1), false},
		{block, strings.Replace(block, "hollowellfinch.com", "claimdesk-services.com", 1), true},
		{line, "Email privacy@hollowellfinch.com or dataprotection@hollowellfinch.com.", false},
		{line, "Email privacy@hollowellfinch.net.", false},
		{line, "Email privacy@claimdesk.net.", true},
		{line, "Email hollowellfinch@claimdesk.net.", true},
	} {
		got, err := Classify(doc(tt.old), doc(tt.new))
		if err != nil {
			t.Fatal(err)
		}
		if got.Material != tt.material {
			t.Errorf("%q: material = %v, want %v;\n%s", tt.new, got.Material, tt.material, dump(got))
		}
	}
}

// TestSafeguardDroppedInSplitParagraph: a listed safeguard that a
// sentence no longer names, in a paragraph split in two and recast around
// it, is material (M14) when the notice names it nowhere else; the same
// recast keeping it is not.
func TestSafeguardDroppedInSplitParagraph(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Security\n\nWe protect your records with reasonable measures. Some of the safeguards we use are locked cabinets and encryption, access logs, and staff training. You accept that no measure is perfect.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "We protect your records with reasonable measures. Some of the safeguards we use are locked cabinets and encryption, access logs, and staff training. You accept that no measure is perfect."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Your records are protected with reasonable measures. These safeguards include locked cabinets and encryption, access logs, and staff training.\n\nNo measure is perfect. You accept that.", false},
		{"Your records are protected with reasonable measures. These safeguards include locked cabinets, access logs, and staff training.\n\nNo measure is perfect. You accept that.", true},
		{"Your records are protected with reasonable measures. These safeguards include locked cabinets, access logs, and staff training, and we also use encryption.\n\nNo measure is perfect. You accept that.", false},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestPeriodFromAnotherEvent: a period counted from an event it was not
// counted from before ("for 2 years" → "for 2 years after your membership
// ends") runs longer (M6), in a sentence or in a table cell; the same
// period from the same event, reworded, does not.
func TestPeriodFromAnotherEvent(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Retention\n\n- Race entries are kept for 2 years.\n- Medical forms are kept for 6 months after the race.\n\n## Contact\n\nWrite to the secretary.\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{"Race entries are kept for 2 years.", "We keep race entries for 2 years.", false},
		{"Race entries are kept for 2 years.", "We keep race entries for 2 years after your membership ends.", true},
		{"Medical forms are kept for 6 months after the race.", "We keep medical forms for 6 months following the race.", false},
		{"Medical forms are kept for 6 months after the race.", "We keep medical forms for 6 months after the season closes.", true},
		{"- Race entries are kept for 2 years.\n- Medical forms are kept for 6 months after the race.", "| Record | Kept for |\n|---|---|\n| Race entries | 2 years |\n| Medical forms | 6 months after the race |", false},
		{"- Race entries are kept for 2 years.\n- Medical forms are kept for 6 months after the race.", "| Record | Kept for |\n|---|---|\n| Race entries | 2 years after your membership ends |\n| Medical forms | 6 months after the race |", true},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestConditionMovedToAnotherStatement: a condition that moves from one
// sentence of a paragraph to another now guards another practice (M4),
// and the first practice no longer waits on it; the condition moved
// within its own sentence, or kept where it was, is rewording.
func TestConditionMovedToAnotherStatement(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Use\n\nWe keep your race times on file. If you have signed up for our newsletter, we may use your race times to suggest training plans to you. We may share your results with our sponsors.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "We keep your race times on file. If you have signed up for our newsletter, we may use your race times to suggest training plans to you. We may share your results with our sponsors."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Your race times are kept on file. We may use them to suggest training plans to you if you have signed up for our newsletter. Your results may be shared with our sponsors.", false},
		{"Your race times are kept on file. We may use your race times to suggest training plans to you. If you have signed up for our newsletter, we may share your results with our sponsors.", true},
		{"Your race times are kept on file. We may use your race times to suggest training plans about our races to you. If you have signed up for our newsletter about our races, we may share your results with our sponsors.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestScopeItemsDroppedInRewording: a list of things the notice applies
// to that loses its items in a reworded scope sentence narrows what the
// notice covers (M3); the same sentence reworded with every item kept, or
// with items named by synonyms, does not.
func TestScopeItemsDroppedInRewording(t *testing.T) {
	const doc = "# Chess club notice\n\n## Scope\n\nThis notice describes how we handle your information. It applies to our website where this notice is linked, and to any club app, newsletter, or forum where it is mentioned, regardless of how you reach them.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "It applies to our website where this notice is linked, and to any club app, newsletter, or forum where it is mentioned, regardless of how you reach them."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"It covers our website that links to this notice, and any club app, newsletter, or forum that mentions it, however you reach them.", false},
		{"It applies to our website that links to this notice, however you reach it.", true},
		{"It applies to our website that links to this notice, and to any club app, newsletter, forum, or podcast that mentions it, however you reach them.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestExampleAsideBesideAPurpose: an example in brackets added to an item
// of a list of purposes, or beside what "we" do, that only pictures the
// purpose (E8) is editorial, though it speaks of "our" things, of sending
// "you" something, of a machine "you have used before" or of a time of day;
// one that adds a
// recipient, a second statement, a data type, a period, a hedge or a
// named company beside a disclosure is material.
func TestExampleAsideBesideAPurpose(t *testing.T) {
	const doc = "# Bakery club notice\n\n## How we use it\n\nWe may use your details as follows:\n\n" +
		"- To suggest loaves that match your tastes\n- To keep your order history so that we can refill a standing order\n" +
		"- To send you the recipes you ask for\n\n## Sharing\n\nWe share delivery addresses with our courier.\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{"To suggest loaves that match your tastes", "To suggest loaves that match your tastes (for example, the seeded rye you often buy at our counter)", false},
		{"To send you the recipes you ask for", "To send you the recipes you ask for (for example, sending you the sourdough guide you asked for)", false},
		{"To keep your order history so that we can refill a standing order", "To keep your order history so that we can refill a standing order (for example, by remembering a till you have used before)", false},
		{"To keep your order history so that we can refill a standing order", "To keep your order history so that we can refill a standing order (for example, finding which loaves run out first, so that we can bake more)", false},
		{"To suggest loaves that match your tastes", "To suggest loaves that match your tastes (for example, rye loaves; we also pass your tastes to partner mills so that they can write to you)", true},
		{"To suggest loaves that match your tastes", "To suggest loaves that match your tastes (for example, by passing your tastes to our mills)", true},
		{"To suggest loaves that match your tastes", "To suggest loaves that match your tastes (for example, based on your health records)", true},
		{"To keep your order history so that we can refill a standing order", "To keep your order history so that we can refill a standing order (for example, the order of a baguette you placed at 7:30 last Friday)", false},
		{"To keep your order history so that we can refill a standing order", "To keep your order history so that we can refill a standing order (for example, for 6 months)", true},
		{"To keep your order history so that we can refill a standing order", "To keep your order history so that we can refill a standing order (for example, for 6 months after 7:30 on the day you order)", true},
		{"To send you the recipes you ask for", "To send you the recipes you ask for (for example, we may send recipes you did not ask for)", true},
		{"To keep your order history so that we can refill a standing order", "To keep your order history so that we can refill a standing order (for example, until you close your account)", true},
		{"To keep your order history so that we can refill a standing order", "To keep your order history so that we can refill a standing order (for example, when you order by phone)", true},
		{"We share delivery addresses with our courier.", "We share delivery addresses with our courier (for example, Swift Vans).", true},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestJoinerSwappedInRecast: "and" turned to "or" (or the reverse)
// between two steps or two conditions of a reworded sentence makes them
// alternatives (M3), though the word diff sees no one-token swap; the
// same rewording that keeps the joiner, or that swaps it between items
// under a negation, is editorial. A comma turned to a semicolon beside
// the swap in a list item is still the swap.
func TestJoinerSwappedInRecast(t *testing.T) {
	const doc = "# Chess club notice\n\n## Changes\n\nWe post every change on the notice board. If a change is important, we will also email each member and pin a note to the club door at least two weeks before it applies.\n\n## Sharing\n\nWe do not give your name or phone number to other clubs. We share results with the league when a match is rated by the arbiter and both players agree to publication.\n\n## Contact\n\nWrite to the secretary.\n"
	const change = "If a change is important, we will also email each member and pin a note to the club door at least two weeks before it applies."
	const sharing = "We share results with the league when a match is rated by the arbiter and both players agree to publication."
	const names = "We do not give your name or phone number to other clubs."
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{change, "When a change is important, we will also, at least two weeks before it applies, send an email to each member and put a note on the club door.", false},
		{change, "When a change is important, we will also, at least two weeks before it applies, send an email to each member or put a note on the club door.", true},
		{sharing, "Results are shared with the league once the arbiter has rated the match and both players have agreed to publication.", false},
		{sharing, "Results are shared with the league once the arbiter has rated the match, or when both players have agreed to publication.", true},
		{names, "Your name and phone number are never given to other clubs.", false},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
	const list = "# Bakery notice\n\n## Sharing\n\nWe give your order details to the police when we:\n\n* receive a warrant signed by a judge, and\n* suspect a stolen card was used to pay.\n\n## Contact\n\nAsk at the counter.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"receive a warrant signed by a judge; and", false},
		{"receive a warrant signed by a judge; or", true},
	} {
		got, err := Classify([]byte(list), []byte(strings.Replace(list, "receive a warrant signed by a judge, and", c.to, 1)))
		if err != nil {
			t.Fatal(err)
		}
		if got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestQualifierDroppedInList: a word with an opposite ("anonymous")
// dropped from before its noun, the words around it kept, while a
// sentence becomes a list (M3), though the word is still used elsewhere
// in the list; the same list that keeps it, or moves it after its noun,
// is editorial.
func TestQualifierDroppedInList(t *testing.T) {
	const doc = "# Bakery notice\n\n## What personal information means\n\nWe use the term personal information for information that identifies you, such as your name. We do not count as personal information: sales totals made anonymous so that they no longer identify anyone, or a loyalty number issued to an anonymous customer.\n\n## Contact\n\nAsk at the counter.\n"
	const from = "We use the term personal information for information that identifies you, such as your name. We do not count as personal information: sales totals made anonymous so that they no longer identify anyone, or a loyalty number issued to an anonymous customer."
	const head = "Personal information means information that identifies you, for example your name.\n\nThe following are not personal information:\n\n* sales totals that have been made anonymous so that they no longer identify anyone; and\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{head + "* a loyalty number issued to an anonymous customer.", false},
		{head + "* a loyalty number issued to a customer who is anonymous.", false},
		{head + "* a loyalty number issued to a customer.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestOtherPlacesDropped: the unnamed places beside a named one ("Ohio
// and certain other states", "Canada and other countries") dropped in a
// reworded sentence narrow who holds a right, or where data goes (M8);
// the same rewording that keeps them, in other words, is editorial.
func TestOtherPlacesDropped(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Your rights\n\nMembers who live in Ohio and certain other states may ask for a copy of their race records.\n\n## Storage\n\nWe keep race records on servers in Canada and elsewhere in the world.\n\n## Contact\n\nWrite to the secretary.\n"
	const rights = "Members who live in Ohio and certain other states may ask for a copy of their race records."
	const storage = "We keep race records on servers in Canada and elsewhere in the world."
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{rights, "If you live in Ohio or some other states, you may ask us for a copy of your race records.", false},
		{rights, "If you live in Ohio, you may ask us for a copy of your race records.", true},
		{storage, "Race records are kept on servers in Canada and in other parts of the world.", false},
		{storage, "Race records are kept on servers in Canada.", true},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestHedgeInTableRow: "we" hedged in one sentence ("we also honour X" →
// "we may also take X into account") when a list becomes a table is M2,
// though a customer's "can" went from another sentence of the same row
// ("customers can stop the emails" → "Stop the emails"); the same table
// without the hedge is editorial.
func TestHedgeInTableRow(t *testing.T) {
	const doc = "# Bakery notice\n\n## Choices\n\n- **Offers by email:** customers can stop the offer emails from the link in any email. We also honour the unsubscribe header that your mail program sends.\n- **Loyalty card:** customers can close their card at the counter.\n\n## Contact\n\nAsk at the counter.\n"
	const from = "- **Offers by email:** customers can stop the offer emails from the link in any email. We also honour the unsubscribe header that your mail program sends.\n- **Loyalty card:** customers can close their card at the counter."
	const head = "| Choice | Who | How |\n|---|---|---|\n"
	const card = "| Loyalty card | Every customer | Close your card at the counter. |"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{head + "| Offers by email | Every customer | Stop the offer emails from the link in any email. We also honour the unsubscribe header that your mail program sends. |\n" + card, false},
		{head + "| Offers by email | Every customer | Stop the offer emails from the link in any email. We may also take into account the unsubscribe header that your mail program sends. |\n" + card, true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestDenialMovedToAnotherPractice: a ban on taking some data at all
// turned into a ban on one use of it ("we do not collect X" → "we do not
// use X for mailings"), among reworded sentences, is M1; the same ban in
// other words, with a verb of the same practice ("gathered"), or told
// from the recipient's end, is editorial.
func TestDenialMovedToAnotherPractice(t *testing.T) {
	const doc = "# Chess club notice\n\n## What we collect\n\nWe do not collect photos from any member, and we do not collect the home address of junior players. For adult members who agree, we collect the home address to post the newsletter.\n\n## Sharing\n\nWe do not send your rating history to sponsors.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "We do not collect photos from any member, and we do not collect the home address of junior players. For adult members who agree, we collect the home address to post the newsletter."
	const rest = " For adult members who agree, we collect the home address to post the newsletter."
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{from, "We do not collect photos from any member.\n\nThe home address of junior players is not gathered by us." + rest, false},
		{from, "We do not collect photos from any member.\n\nFor junior players, we do not use the home address for mailings." + rest, true},
		{"We do not send your rating history to sponsors.", "Sponsors never receive your rating history from us.", false},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestAcronymAfterItsWords: an acronym put in brackets right after the
// words whose initials it is ("Do Not Track (DNT)", "a software
// development kit (SDK)") names nothing new (E7); a new practice or party
// beside it, or bracketed letters that are no such acronym, are read as
// usual.
func TestAcronymAfterItsWords(t *testing.T) {
	const doc = "# Chess club notice\n\n## Apps\n\nOur app uses a software development kit from a ratings service to show your rating. We treat a Do Not Track signal as a refusal of analytics.\n\n## Contact\n\nWrite to the secretary.\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{"We treat a Do Not Track signal as a refusal of analytics.", "We treat a Do Not Track (DNT) signal as a refusal of analytics.", false},
		{"We treat a Do Not Track signal as a refusal of analytics.", "We treat a Do Not Track (DNT) signal or a Global Privacy Control signal as a refusal of analytics.", true},
		{"Our app uses a software development kit from a ratings service to show your rating.", "Our app uses a software development kit (SDK) from a ratings service to show your rating.", false},
		{"Our app uses a software development kit from a ratings service to show your rating.", "Our app uses a software development kit (FIDE) from a ratings service to show your rating.", true},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestAmountsInWords: an amount written with the currency's name ("a
// five-dollar voucher", "10 euros", "each dollar") or with its sign ("$5",
// "€10", "$1") is the same amount, and "one point" is "1 point" (E6); a
// different amount or count is material.
func TestAmountsInWords(t *testing.T) {
	const doc = "# Bakery loyalty notice\n\n## Loyalty card\n\nMembers earn one point for each dollar spent and get a five-dollar voucher for every 100 points. Vouchers expire after 10 euros of purchases.\n\n## Contact\n\nAsk at the counter.\n"
	const from = "Members earn one point for each dollar spent and get a five-dollar voucher for every 100 points."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Members earn 1 point for every $1 spent and get a $5 voucher for every 100 points.", false},
		{"Members earn one point per dollar spent and get a voucher worth 5 dollars for every 100 points.", false},
		{"Members earn 1 point for every $2 spent and get a $5 voucher for every 100 points.", true},
		{"Members earn 2 points for every $1 spent and get a $5 voucher for every 100 points.", true},
		{"Members earn 1 point for every $1 spent and get a $5 voucher for every 150 points.", true},
		{"Members earn one point for each dollar spent and get a four-dollar voucher for every 100 points.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestBoldLabelsOnItems: bold labels put on list items ("- **Knight
// Rewards:** to run the programme") name what each item says, as headings
// do (E3), even where a name moves from the item into its label; an item
// that also says more, or a label that names a party the old list did
// not, is material.
func TestBoldLabelsOnItems(t *testing.T) {
	const list = "- run tournaments and publish results;\n- run Knight Rewards, including awarding rating points and sending your pairing card; and\n- send you the club newsletter, if you have signed up.\n"
	const doc = "# Chess club notice\n\n## How we use your details\n\nWe use your details to:\n\n" + list + "\n## Contact\n\nWrite to the secretary.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"- **Tournaments:** to run tournaments and to publish results.\n- **Knight Rewards:** to run the programme, including awarding rating points and sending your pairing card.\n- **Newsletter:** to send you the club newsletter, if you have signed up for it.\n", false},
		{"- run tournaments and publish results;\n- **Knight Rewards:** to run the programme, including awarding rating points and sending your pairing card; and\n- send you the club newsletter, if you have signed up.\n", false},
		{"- **Tournaments:** to run tournaments and to publish results.\n- **Knight Rewards:** to run the programme, including awarding rating points and sending your pairing card.\n- **Newsletter:** to send you the club newsletter.\n", true},
		{"- run tournaments and publish results;\n- **Knight Rewards:** to run the programme, including awarding rating points and sending your pairing card to sponsors; and\n- send you the club newsletter, if you have signed up.\n", true},
		{"- run tournaments and publish results;\n- **Bishop Rewards:** to run the programme, including awarding rating points and sending your pairing card; and\n- send you the club newsletter, if you have signed up.\n", true},
		{"- run tournaments and publish results;\n- **Never shared:** to run the programme, including awarding rating points and sending your pairing card; and\n- send you the club newsletter, if you have signed up.\n", true},
	} {
		if got := classifyEdit(t, doc, list, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestLeadInCountsItems: a lead-in put over a list that rewrites a
// sentence may count the list's items ("We rely on two legal bases:"):
// the count names the list (E3). An item that says something else is
// still material.
func TestLeadInCountsItems(t *testing.T) {
	const from = "We rely on our contract with you for race entry (item 1 above), and on your consent for photos (item 2)."
	const doc = "# Rowing club notice\n\n## 4. What we use\n\n1. Race entry details.\n2. Photos.\n\n## 5. Legal bases\n\n" + from + " You can withdraw your consent at any time.\n\n## 6. Contact\n\nWrite to the secretary.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"We rely on two legal bases:\n\n- **Contract:** our contract with you, for race entry (item 1 above); and\n- **Consent:** your consent, for photos (item 2).\n\n", false},
		{"We rely on two legal bases:\n\n- **Contract:** our contract with you, for race entry (item 1 above); and\n- **Legitimate interests:** our legitimate interests, for photos (item 2).\n\n", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestOptInToReceiveThem: "if you have opted in to receive them" opts in
// to what "if you have opted in" did; opting in to something else names
// another condition.
func TestOptInToReceiveThem(t *testing.T) {
	const from = "We send you offers for new loaves, but only if you have opted in."
	const doc = "# Bakery notice\n\n## Marketing\n\n" + from + "\n\n## Contact\n\nAsk at the counter.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"We send you offers for new loaves, only if you have opted in to receive them.", false},
		{"We send you offers for new loaves, but only if you opted in to get them.", false},
		{"We send you offers for new loaves, only if you have opted in to receive our newsletter.", true},
		{"We send you offers for new loaves, only if you have opted in to receive them from partners.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestWhoseDataRestated: "the information we collect" is the information
// a lead-in spoke of, and "each member's games" the reader's games, as
// "games" alone were (E7); a source or a data item added beside them is
// material.
func TestWhoseDataRestated(t *testing.T) {
	const list = "We use information to:\n\n- run tournaments and publish results;\n- save games and sync them between devices; and\n- send you the newsletter.\n"
	const doc = "# Chess club notice\n\n## How we use information\n\n" + list + "\n## Contact\n\nWrite to the secretary.\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{"We use information to:", "We use the information we collect to:", false},
		{"We use information to:", "We use the information we collect from partners to:", true},
		{"We use information to:", "We use the information we buy to:", true},
		{"- save games and sync them between devices; and", "- to save each member's games and to sync them between devices; and", false},
		{"- save games and sync them between devices; and", "- to save each member's games and ratings and to sync them between devices; and", true},
		{"- save games and sync them between devices; and", "- to save each coach's games and to sync them between devices; and", true},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestListCountBeforeLimit: a lead-in that counts its items and closes
// with a limit ("with these three parties, and with no one else:") counts
// the list as "only with:" leads it (E7); a limit dropped, or a count that
// does not match the items, is material.
func TestListCountBeforeLimit(t *testing.T) {
	const lead = "We share your details only with:"
	const doc = "# Rowing club notice\n\n## Sharing\n\n" + lead + "\n\n- the regional association;\n- our insurer; and\n- the event timing company.\n\n## Contact\n\nWrite to the secretary.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"We share your details with these three parties, and with no one else:", false},
		{"We share your details with these three parties, and with other clubs:", true},
		{"We share your details with these five parties, and with no one else:", true},
	} {
		if got := classifyEdit(t, doc, lead, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestPurposeAddedInRewrittenItem: a list item rewritten in more
// sentences says the same (E7), unless one of its sentences gains a new
// "and to ..." purpose that no sentence of the old item names (M5).
func TestPurposeAddedInRewrittenItem(t *testing.T) {
	const item = "- **Timing company** that runs our race clocks. It is contractually required to use your results only to publish race times."
	const doc = "# Rowing club notice\n\n## Sharing\n\nWe share your details only with:\n\n" + item + "\n- Our insurer, to cover club events.\n\n## Contact\n\nWrite to the secretary.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"- **The company that times our races.** It runs our race clocks. Our contract with it says it may use your results only to publish race times.", false},
		{"- **The company that times our races.** It runs our race clocks. Our contract with it says it may use your results only to publish race times and to advertise its own services.", true},
	} {
		if got := classifyEdit(t, doc, item, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestRulesAreRequirements: "rules", "requirements", "regulations" and
// "obligations" name the same duties: "tax rules and food-safety
// requirements" are "tax and food-safety requirements" (E7); another
// party's rules added beside them are not.
func TestRulesAreRequirements(t *testing.T) {
	const from = "We keep till receipts to meet tax and food-safety requirements."
	const doc = "# Bakery notice\n\n## Keeping records\n\n" + from + "\n\n## Contact\n\nAsk at the counter.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"We keep till receipts to meet tax rules and food-safety requirements.", false},
		{"We keep till receipts to meet tax obligations and food-safety regulations.", false},
		{"We keep till receipts to meet tax rules, food-safety requirements and our insurer's rules.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestNoFeeIsFree: "there is no fee" says what "we do not charge a fee"
// does (E7); a fee, even a small one, is material.
func TestNoFeeIsFree(t *testing.T) {
	const from = "We answer requests within 30 days and do not charge a fee."
	const doc = "# Chess club notice\n\n## Your rights\n\nYou can ask for a copy of your games. " + from + "\n\n## Contact\n\nWrite to the secretary.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"We answer requests within 30 days, and there is no fee.", false},
		{"We answer requests within 30 days, and there are no fees.", false},
		{"We answer requests within 30 days, and there is a small fee.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestRightLabelInRefusalWords: a bold label over an item of a list of
// the reader's rights names the right, even in the words of a refusal
// ("**Say no:** object to ..."), as a heading does (E3); the item itself
// narrowed is material.
func TestRightLabelInRefusalWords(t *testing.T) {
	const list = "- get a copy of your results;\n- object to photos of you being published; and\n- withdraw consent at any time.\n"
	const doc = "# Rowing club notice\n\n## Your rights\n\nYou have the right to:\n\n" + list + "\n## Contact\n\nWrite to the secretary.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"- get a copy of your results;\n- **Say no:** object to photos of you being published; and\n- withdraw consent at any time.\n", false},
		{"- **Your copy:** get a copy of your results;\n- **Say no:** object to photos of you being published; and\n- **Consent:** withdraw your consent at any time.\n", false},
		{"- get a copy of your results;\n- **Say no:** object to photos of you being published on our website; and\n- withdraw consent at any time.\n", true},
	} {
		if got := classifyEdit(t, doc, list, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestSentenceLeadInOverTable: a list set out as a table under a full
// sentence that points at it ("... shown in the table below.") says what
// it said (E3, E7), as a lead-in ending in a colon does. The same table
// with a period changed, or under a sentence that adds something of its
// own, is material.
func TestSentenceLeadInOverTable(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Keeping records\n\n" +
		"- Membership forms are kept while you are a member and shredded within 60 days after you leave.\n" +
		"- Race results are kept for 10 years.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "- Membership forms are kept while you are a member and shredded within 60 days after you leave.\n" +
		"- Race results are kept for 10 years."
	table := func(lead, results string) string {
		return lead + "\n\n| Record | How long we keep it |\n|---|---|\n" +
			"| Membership forms | While you are a member; shredded within 60 days after you leave |\n" +
			"| Race results | " + results + " |"
	}
	for _, c := range []struct {
		to       string
		material bool
	}{
		{table("We keep each type of record for the period shown in the table below.", "10 years"), false},
		{table("This table shows how long we keep each type of record.", "10 years"), false},
		{table("We keep each type of record for the period shown in the table below.", "25 years"), true},
		{table("We keep each type of record for the period shown in the table below, or longer if the committee asks.", "10 years"), true},
		{table("We share each type of record with the county association for the period shown in the table below.", "10 years"), true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestTitledSteps: sentences of a paragraph set out as numbered steps
// under a title that only names them ("How access works:") say what they
// said (E3, E7), though the steps repeat the old sentences word for word.
// A title that says something of its own, or a step changed, is material.
func TestTitledSteps(t *testing.T) {
	const doc = "# Chess club notice\n\n## Your rating records\n\n" +
		"To access your rating records, write to the secretary. We will check that you are a member. " +
		"We will send the records within 14 days.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "To access your rating records, write to the secretary. We will check that you are a member. " +
		"We will send the records within 14 days."
	steps := func(title, days string) string {
		return title + "\n\n1. To access your rating records, write to the secretary.\n" +
			"2. We will check that you are a member.\n" +
			"3. We will send the records within " + days + " days."
	}
	for _, c := range []struct {
		to       string
		material bool
	}{
		{steps("How access works:", "14"), false},
		{steps("How access works:", "30"), true},
		{steps("How access for juniors works:", "14"), true},
		{steps("Access is only for paid members:", "14"), true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestReceiverBeforeVerb: "we share your address with our courier"
// recast as "our courier receives your address" names the same recipient
// (E7); "our courier and the other shops in its network receive your
// address" names one more (M7), also when an example in brackets stands
// between the verb and the recipient of the old sentence.
func TestReceiverBeforeVerb(t *testing.T) {
	const doc = "# Bakery notice\n\n## Sharing\n\n" +
		"To deliver your order, we share your address and phone number with our courier. " +
		"To check a refund, we share details of your order (such as the date, the cakes and the price) with our payment provider.\n\n" +
		"## Contact\n\nWrite to the shop.\n"
	const courier = "To deliver your order, we share your address and phone number with our courier."
	const refund = "To check a refund, we share details of your order (such as the date, the cakes and the price) with our payment provider."
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{courier, "To deliver your order, our courier receives your address and phone number.", false},
		{courier, "To deliver your order, our courier and the other shops in its network receive your address and phone number.", true},
		{refund, "To check a refund, our payment provider receives details of your order, such as the date, the cakes and the price.", false},
		{refund, "To check a refund, our payment provider and the other bakeries in its network receive details of your order, such as the date, the cakes and the price.", true},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("%q → %q: material %v, want %v\n%s", c.from, c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestLabelBecameHeading: labelled list items set out as subsections,
// each label the heading of its own ("**Parents' rights:** a parent can
// ..." → "### Parents' rights" over "A parent can ..."), say what they
// said (E3). A label that went without becoming the heading over the
// item, or an item whose text changed, is material.
func TestLabelBecameHeading(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Choices\n\n" +
		"- **Juniors' rights:** a guardian can ask to see the records we hold about their junior, and ask us to erase them. " +
		"We will answer within 14 days.\n" +
		"- **Photos:** members can ask the secretary to take down any photo of them.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "- **Juniors' rights:** a guardian can ask to see the records we hold about their junior, and ask us to erase them. " +
		"We will answer within 14 days.\n" +
		"- **Photos:** members can ask the secretary to take down any photo of them."
	sub := func(h1, first, days string) string {
		return "### " + h1 + "\n\n" + first + " We will answer within " + days + " days.\n\n" +
			"### Photos\n\nMembers can ask the secretary to take down any photo of them."
	}
	const item = "A guardian can ask to see the records we hold about their junior, and ask us to erase them."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{sub("Juniors' rights", item, "14"), false},
		{sub("Juniors' rights", item, "30"), true},
		{sub("Juniors' rights", "A guardian can ask to see the records we hold about their junior.", "14"), true},
		{sub("Records", item, "14"), true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestBoldWhTitle: a paragraph split under bold clauses that title each
// part ("**Where your orders are kept.** We keep ...", "**What we cannot
// promise.** ...") says what it said (E3). A bold lead-in that states
// something, or a part that changed, is material.
func TestBoldWhTitle(t *testing.T) {
	const doc = "# Bakery notice\n\n## Security\n\n" +
		"We keep order records on our servers in Ireland. We lock the servers and encrypt the records. " +
		"We cannot promise that the records are perfectly safe.\n\n## Contact\n\nWrite to the shop.\n"
	const from = "We keep order records on our servers in Ireland. We lock the servers and encrypt the records. " +
		"We cannot promise that the records are perfectly safe."
	split := func(lead1, where, lead2 string) string {
		return lead1 + " We keep order records on our servers in " + where + ".\n\n" +
			"**How we protect them.** We lock the servers and encrypt the records.\n\n" +
			lead2 + " We cannot promise that the records are perfectly safe."
	}
	for _, c := range []struct {
		to       string
		material bool
	}{
		{split("**Where your orders are kept.**", "Ireland", "**What we cannot promise.**"), false},
		{split("**Where your orders are kept.**", "Canada", "**What we cannot promise.**"), true},
		{split("**Where your orders are kept.**", "Ireland", "**We may share them with our bank.**"), true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestNamedSectionPointer: a pointer in brackets that names the section
// it points to as well as its number ('(see "Fees" in section 3)') adds
// nothing to the sentence (E8), as "(see section 3)" does. The same edit
// that also drops a condition is material.
func TestNamedSectionPointer(t *testing.T) {
	const doc = "# Chess club notice\n\n## 1. Your choices\n\nYou can:\n\n- leave the club at any time;\n" +
		"- ask us to stop sending the newsletter.\n\n## 2. Contact\n\nWrite to the secretary.\n"
	const from = "- leave the club at any time;"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{`- leave the club at any time (see "Leaving" in section 3);`, false},
		{`- leave the club at any time (see section 3);`, false},
		{`- leave the club (see "Leaving" in section 3);`, true},
		{`- leave the club at any time (see "Leaving" in section 3) once you have paid your fees;`, true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestElidedClauseSpeltOut: a clause cut short after its auxiliary ("if
// we find that we have, ...") spelt out in full repeats the age it left
// out (E6); spelt out with another age, it is material.
func TestElidedClauseSpeltOut(t *testing.T) {
	const doc = "# Chess club notice\n\n## Juniors\n\n" +
		"We do not sign up players under 12. If we find that we have, we cancel the membership.\n\n" +
		"## Contact\n\nWrite to the secretary.\n"
	const from = "We do not sign up players under 12. If we find that we have, we cancel the membership."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"We do not sign up players younger than 12, and if we find that we have signed up a player under 12, we cancel the membership.", false},
		{"We do not sign up players younger than 12, and if we find that we have signed up a player under 10, we cancel the membership.", true},
		{"We do not sign up players younger than 12, and if we find that we have signed up a player under 12, we may cancel the membership.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestPlacesWidenedInRecastParagraph: a party whose facilities now also
// hold the data ("or those of our service providers") in a paragraph
// recast into a list around it widens where the data is kept (M8); the
// same recast naming only the company's own facilities does not.
func TestPlacesWidenedInRecastParagraph(t *testing.T) {
	doc := readBase(t, "magento")
	const from = "We store and process your personal information on our computers in the US and elsewhere in the world where our facilities are located. We protect your information using reasonable technical and administrative security measures in an effort to reduce the risks of loss, misuse, unauthorized access, disclosure and alteration. Some of the safeguards we use are firewalls and data encryption, physical access controls to our data centers, and information access authorization controls."
	const recast = "Your personal information is stored and processed on our computers in the US and in other countries where %s.\n\nIn an effort to reduce the risks of loss, misuse, unauthorized access, disclosure and alteration, we protect your information with reasonable technical and administrative security measures. Among the safeguards we use are:\n\n* firewalls and data encryption;\n* physical access controls to our data centers; and\n* information access authorization controls."
	for _, c := range []struct {
		where    string
		material bool
	}{
		{"our facilities are located", false},
		{"our facilities or those of our service providers are located", true},
		{"we or our hosting partners have facilities", true},
	} {
		if got := classifyEdit(t, doc, from, fmt.Sprintf(recast, c.where)); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.where, got.Material, c.material, dump(got))
		}
	}
}

// TestListItemDroppedWhenListIsBulleted: a sentence's colon list turned
// into a lead-in over bullets loses or gains an entry (M14, M5) when an
// entry is no longer among the bullets, or a bullet names what the list
// did not; the same list bulleted with every entry kept is editorial.
func TestListItemDroppedWhenListIsBulleted(t *testing.T) {
	const doc = "# Chess club notice\n\n## Definitions\n\nWe call information that identifies a member personal data. We do not count as personal data: club email addresses, results published by the federation, anonymous rating statistics, or a board number given to a guest player.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "We call information that identifies a member personal data. We do not count as personal data: club email addresses, results published by the federation, anonymous rating statistics, or a board number given to a guest player."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Personal data means information that identifies a member. The following are not personal data:\n\n- club email addresses;\n- results published by the federation;\n- anonymous rating statistics; and\n- a board number given to a guest player.", false},
		{"Personal data means information that identifies a member. The following are not personal data:\n\n- results published by the federation;\n- anonymous rating statistics; and\n- a board number given to a guest player.", true},
		{"Personal data means information that identifies a member. The following are not personal data:\n\n- club email addresses;\n- results published by the federation;\n- anonymous rating statistics;\n- recordings of online games; and\n- a board number given to a guest player.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestItemOfSeveralWordsDropped: the last of a list's items, of several
// words ("or third-party tracking pixels"), dropped from a sentence
// reworded beside another is material (M14); the same rewording keeping
// it is not.
func TestItemOfSeveralWordsDropped(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Cookies\n\nWe use strictly necessary cookies to keep you signed in. We do not use advertising cookies or third-party tracking pixels in the app.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "We use strictly necessary cookies to keep you signed in. We do not use advertising cookies or third-party tracking pixels in the app."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Strictly necessary cookies keep you signed in. The app contains no advertising cookies or third-party tracking pixels.", false},
		{"Strictly necessary cookies keep you signed in. The app contains no advertising cookies.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestLabelOfSameFamily: a bold label put before a list item names what
// the item says when its words are of the same family as the item's
// ("Withdrawal" before "withdraw", "Merger partners" before
// "organizations that we plan to merge with"); a label word the list
// nowhere says adds an item.
func TestLabelOfSameFamily(t *testing.T) {
	for _, c := range []struct {
		doc, from, to string
		material      bool
	}{
		{"# Rowing club notice\n\n## Your rights\n\nYou may:\n\n- take home a copy of your race results in a portable file;\n" +
			"- withdraw your consent to photographs at any time.\n\n## Contact\n\nWrite to the captain.\n",
			"- take home a copy of your race results in a portable file;",
			"- **Portability:** to take home a copy of your race results in a portable file;", false},
		{"# Rowing club notice\n\n## Your rights\n\nYou may:\n\n- take home a copy of your race results in a portable file;\n" +
			"- withdraw your consent to photographs at any time.\n\n## Contact\n\nWrite to the captain.\n",
			"- withdraw your consent to photographs at any time.",
			"- **Withdrawal of consent:** to withdraw your consent to photographs at any time.", false},
		{"# Rowing club notice\n\n## Your rights\n\nYou may:\n\n- take home a copy of your race results in a portable file;\n" +
			"- withdraw your consent to photographs at any time.\n\n## Contact\n\nWrite to the captain.\n",
			"- withdraw your consent to photographs at any time.",
			"- **Withdrawal and deletion:** to withdraw your consent to photographs at any time.", true},
		{"# Bakery notice\n\n## Sharing\n\nWe may share your details with:\n\n- delivery firms that bring your order;\n" +
			"- organizations that we plan to merge with.\n\n## Contact\n\nAsk at the counter.\n",
			"- organizations that we plan to merge with.",
			"- **Merger partners:** organizations that we plan to merge with.", false},
		{"# Bakery notice\n\n## Sharing\n\nWe may share your details with:\n\n- delivery firms that bring your order;\n" +
			"- organizations that we plan to merge with.\n\n## Contact\n\nAsk at the counter.\n",
			"- organizations that we plan to merge with.",
			"- **Merger partners and advertisers:** organizations that we plan to merge with.", true},
	} {
		if got := classifyEdit(t, c.doc, c.from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestSafeguardLeadIn: a security paragraph made a list under "We use the
// following safeguards:" keeps what it said (E3); a lead-in that keeps
// only some of the safeguards in use, or only at some times, is material.
func TestSafeguardLeadIn(t *testing.T) {
	const doc = "# Chess club notice\n\n## Keeping records safe\n\n" +
		"We keep the membership file in a locked cabinet and encrypt the backup copy. Only the secretary holds the key.\n\n" +
		"## Contact\n\nWrite to the secretary.\n"
	const from = "We keep the membership file in a locked cabinet and encrypt the backup copy. Only the secretary holds the key."
	const items = "\n\n- **Locked storage:** the membership file is kept in a locked cabinet.\n" +
		"- **Encryption:** the backup copy is encrypted.\n- **Key holder:** only the secretary holds the key."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"We use the following safeguards:" + items, false},
		{"We take these security measures:" + items, false},
		{"We use some of the following safeguards:" + items, true},
		{"During the season we use the following safeguards:" + items, true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestFullStopLeadIn: a lead-in that ends in a full stop ("for the
// following purposes.") names the items of the list below it as one
// ending in a colon does; what else the lead-in says is read as it
// stands.
func TestFullStopLeadIn(t *testing.T) {
	const list = "\n\n- bake your order;\n- deliver it to your door.\n\n## Contact\n\nAsk at the counter.\n"
	for _, c := range []struct {
		doc, from, to string
		material      bool
	}{
		{"# Bakery notice\n\n## Use\n\nWe use your address to:" + list,
			"We use your address to:", "We use your address for the following purposes.", false},
		{"# Bakery notice\n\n## Use\n\nWe use your address to:" + list,
			"We use your address to:", "We use your address for the following purposes and for marketing.", true},
		{"# Bakery notice\n\n## Use\n\nWe use your address to:" + list,
			"We use your address to:", "Where you agree, we use your address for the following purposes.", true},
	} {
		if got := classifyEdit(t, c.doc, c.from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestBoldLabelSentence: a bold label that is a sentence of its own
// ("**Independent inspection.** Each year ...") names what its item
// says (E3): a qualifier it repeats is not one more. A qualifier the
// item itself gains or loses is material.
func TestBoldLabelSentence(t *testing.T) {
	const doc = "# Bakery notice\n\n## Hygiene\n\n" +
		"We keep the flour store locked. Access to the store requires a key and a code, and is limited to the bakers who need it. " +
		"An independent inspector checks our kitchen each year against the county hygiene code.\n\n" +
		"## Contact\n\nAsk at the counter.\n"
	const from = "We keep the flour store locked. Access to the store requires a key and a code, and is limited to the bakers who need it. " +
		"An independent inspector checks our kitchen each year against the county hygiene code."
	const items = "- **Locked store.** We keep the flour store locked.\n" +
		"- **Access control.** Only the bakers who need access to the store have it, and they must use a key and a code.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{items + "- **Independent inspection.** Each year, an independent inspector checks our kitchen against the county hygiene code.", false},
		{items + "- **Independent inspection.** Each year, an independent inspector checks our kitchen against the county hygiene code, " +
			"and an independent auditor checks our accounts.", true},
		{items + "- **Independent inspection.** Each year, an inspector checks our kitchen against the county hygiene code.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestWithoutAuthorization: "used without authorization" names the harm
// "unauthorized use" does (E7); "without authorization" put on what we
// do is an exception (M4).
func TestWithoutAuthorization(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Boats\n\n" +
		"We lock the boathouse to reduce the risk of theft and unauthorized use of the boats, and we do not lend the boats out.\n\n" +
		"## Contact\n\nWrite to the captain.\n"
	const from = "We lock the boathouse to reduce the risk of theft and unauthorized use of the boats, and we do not lend the boats out."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"We lock the boathouse to reduce the risk that the boats are stolen or used without authorization, and we do not lend the boats out.", false},
		{"We lock the boathouse to reduce the risk of theft and unauthorized use of the boats, and we do not lend the boats out without authorization.", true},
		{"We lock the boathouse to reduce the risk that the boats are stolen or used, and we do not lend the boats out without authorization.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestTableRowLabel: a list made a table whose first column names each
// row ("| Portability | See a copy ... in a portable file |") keeps its
// items (E3); a first cell that names something no row says adds it.
func TestTableRowLabel(t *testing.T) {
	const doc = "# Chess club notice\n\n## Your rights\n\nYou may:\n\n- borrow club sets for home games;\n" +
		"- see a copy of your rating history in a portable file.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "- borrow club sets for home games;\n- see a copy of your rating history in a portable file."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"| Right | What it lets you do |\n|---|---|\n| Borrowing | Borrow club sets for home games |\n" +
			"| Portability | See a copy of your rating history in a portable file |", false},
		{"| Right | What it lets you do |\n|---|---|\n| Borrowing | Borrow club sets for home games |\n" +
			"| Portability and deletion | See a copy of your rating history in a portable file |", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestMessageOf: "alerts and notices of changes" among the messages a
// sentence says it sends names as a message what "alerts and changes"
// did (E7); the same words put into a sentence that sends no messages
// add what it covers.
func TestMessageOf(t *testing.T) {
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{"We send you order messages, such as delivery alerts and changes to opening hours.",
			"We send you order messages, for example delivery alerts and notices of changes to opening hours.", false},
		{"We send you order messages, such as delivery alerts and changes to opening hours.",
			"We send you order messages, for example delivery alerts and reminders of changes to opening hours.", false},
		{"We share your name with the delivery firm and changes to your address.",
			"We share your name with the delivery firm and notices of changes to your address.", true},
	} {
		doc := "# Bakery notice\n\n## Orders\n\n" + c.from + "\n\n## Contact\n\nAsk at the counter.\n"
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestBareAddressLinked: a bare web address made a link to the same page,
// with link text that says only what the address spells, points where it
// did (E4). A link to another page, or link text that adds to what the
// sentence says, is material.
func TestBareAddressLinked(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Your rights\n\n" +
		"To ask for a copy of your records, use the form at rowing.example.org/records-request or write to the secretary. We answer within 30 days.\n\n" +
		"## Contact\n\nWrite to the secretary.\n"
	const from = "To ask for a copy of your records, use the form at rowing.example.org/records-request or write to the secretary. We answer within 30 days."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"To ask for a copy of your records, use the [records request form](https://www.rowing.example.org/records-request) or write to the secretary. We answer within 30 days.", false},
		{"To ask for a copy of your records, use the [records request form](https://www.rowing.example.org/membership) or write to the secretary. We answer within 30 days.", true},
		{"To ask for a copy of your records, use the [records request and deletion form](https://www.rowing.example.org/records-request) or write to the secretary. We answer within 30 days.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestTermDefinitionPointer: a definition moved to a glossary, with a
// sentence in its old place that only says where the term is defined,
// says what it said (E2). A pointer that also adds to the term is
// material.
func TestTermDefinitionPointer(t *testing.T) {
	const def = "We use the term \"member\" to mean anyone who has paid the yearly fee, but not a guest at a tournament."
	const doc = "# Chess club notice\n\n## Scope\n\nThis notice covers the club.\n\n" + def + "\n\n## Contact\n\nWrite to the secretary.\n"
	for _, c := range []struct {
		pointer  string
		material bool
	}{
		{"The term \"member\" is defined in the [Glossary](#glossary) at the end of this notice.", false},
		{"The term \"member\" is defined in the [Glossary](#glossary) at the end of this notice and includes guests.", true},
		{"The term \"member\" is defined in the [Glossary](#glossary) at the end of this notice, and we may share it with sponsors.", true},
	} {
		to := "# Chess club notice\n\n## Scope\n\nThis notice covers the club.\n\n" + c.pointer +
			"\n\n## Contact\n\nWrite to the secretary.\n\n## Glossary\n\n**Member.** " + def + "\n"
		got, err := Classify([]byte(doc), []byte(to))
		if err != nil {
			t.Fatal(err)
		}
		if got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.pointer, got.Material, c.material, dump(got))
		}
	}
}

// TestPointerLedRestatementPronoun: a sentence added to another section
// that repeats, after a pointer, what a later clause of a sentence says
// of the first clause's object ("we do not sell your race results, and we
// do not share them with sponsors") restates it (E8). Said of another
// object, or with a new exception, it is a new promise.
func TestPointerLedRestatementPronoun(t *testing.T) {
	const doc = "# Rowing club notice\n\n## 2. Sharing\n\nWe do not sell your race results, and we do not share them with sponsors.\n\n" +
		"## 3. Photos\n\nWe take photos at regattas. We keep them for two years.\n"
	const from = "We keep them for two years."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"We keep them for two years. As section 2 explains, we do not share your race results with sponsors.", false},
		{"We keep them for two years. As section 2 explains, we do not share your race photos with sponsors.", true},
		{"We keep them for two years. As section 2 explains, we do not share your race results with sponsors or with other clubs.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestListItemLinkTextSameTarget: a list of ways to complain whose item is
// a link keeps the item when only the link's text changes and it still
// points to the same page (E4). An item that points elsewhere, or one
// dropped, is material.
func TestListItemLinkTextSameTarget(t *testing.T) {
	const doc = "# Chess club notice\n\n## Complaints\n\n" +
		"If we cannot settle it, you may complain to the league by [web here](https://league.example.org/complaints), phone to 555-0100, or mail to the league office.\n\n" +
		"## Contact\n\nWrite to the secretary.\n"
	const from = "you may complain to the league by [web here](https://league.example.org/complaints), phone to 555-0100, or mail to the league office."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"you may complain to the league [online](https://league.example.org/complaints), by phone to 555-0100, or by mail to the league office.", false},
		{"you may complain to the league [online](https://league.example.org/chat), by phone to 555-0100, or by mail to the league office.", true},
		{"you may complain to the league [online](https://league.example.org/complaints) or by mail to the league office.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestNestedListLeadIn: a sentence made a sub-list under a list item that
// ends in a colon ("- In Junior Squad:") is read under that item, as under
// a paragraph lead-in (E7), even when the items around it are reworded
// too. The same sub-list under another lead-in, with an item dropped, or
// with a purpose added to an item, is material.
func TestNestedListLeadIn(t *testing.T) {
	const doc = "# Rowing club notice\n\n## In short\n\n- You can row without a membership card.\n" +
		"- We ask every rower for their age before training starts. If a rower is under 16, we place them in \"Junior Squad\".\n" +
		"- In Junior Squad we do not post photos online, we keep race times private, and we collect only what we need to run training.\n" +
		"- We never sell your details.\n\n## Contact\n\nWrite to the secretary.\n"
	const from = "- We ask every rower for their age before training starts. If a rower is under 16, we place them in \"Junior Squad\".\n" +
		"- In Junior Squad we do not post photos online, we keep race times private, and we collect only what we need to run training.\n"
	const age = "- Before training starts, we ask every rower how old they are. Rowers under 16 train in \"Junior Squad\".\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{age + "- In Junior Squad:\n  - we do not post photos online;\n  - we keep race times private; and\n  - we collect only what we need to run training.\n", false},
		{age + "- In Senior Squad:\n  - we do not post photos online;\n  - we keep race times private; and\n  - we collect only what we need to run training.\n", true},
		{age + "- In Junior Squad:\n  - we do not post photos online; and\n  - we collect only what we need to run training.\n", true},
		{age + "- In Junior Squad:\n  - we do not post photos online;\n  - we keep race times private; and\n  - we collect only what we need to run training and to sell kit.\n", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestPracticeFreeRewording: a sentence that names no practice, no data
// and nothing users can do, reworded, states nothing new (E7). The same
// rewording that brings in data or a limit is read as before.
func TestPracticeFreeRewording(t *testing.T) {
	const doc = "# Bakery notice\n\n## Allergen labels\n\n" +
		"There is no common standard for allergen labels on bread. We do not label trace allergens. We await the result of work by the bakers' guild and food regulators to determine when such a label is appropriate and what form it should take.\n\n" +
		"## Contact\n\nWrite to the shop.\n"
	const from = "We await the result of work by the bakers' guild and food regulators to determine when such a label is appropriate and what form it should take."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"We are waiting for the bakers' guild and food regulators to finish their work on when such a label is appropriate and what form it should take.", false},
		{"We are waiting for the bakers' guild and food regulators to finish their work on when we should share your order history with them.", true},
		{"We are waiting for the bakers' guild and food regulators to finish their work, and until then we sell your order history to them.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestUniversalForOnly: "X are Y only" restated as "every X is Y" says
// the same (E6). "Most X are Y", or "every X is Y or Z", no longer says
// that X are nothing but Y.
func TestUniversalForOnly(t *testing.T) {
	const doc = "# Chess club notice\n\n## Junior games\n\n" +
		"The club hosts junior games. In junior games, games are rated only: they count for the club ladder, not for the national list. Parents can ask us to delete the results.\n\n" +
		"## Contact\n\nWrite to the secretary.\n"
	const from = "In junior games, games are rated only: they count for the club ladder, not for the national list."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"In junior games, every game is rated. That means it counts for the club ladder, not for the national list.", false},
		{"In junior games, most games are rated. That means they count for the club ladder, not for the national list.", true},
		{"In junior games, every game is rated or friendly. That means it counts for the club ladder, not for the national list.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestProductNamedAsPlayed: the product the notice is titled after, named
// as what a user plays where the other side says "if you play" with no
// name, is the same product (E7). Another product's name there, or a
// new company beside it, is material.
func TestProductNamedAsPlayed(t *testing.T) {
	const doc = "# Chesswick Privacy Notice\n\n## Where scores are kept\n\n" +
		"Our servers are in Canada. If you play from outside Canada, your scores are sent to Canada and stored there.\n\n" +
		"## Contact\n\nWrite to the club secretary.\n"
	const from = "If you play from outside Canada, your scores are sent to Canada and stored there."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"This means that if you play Chesswick from another country, your scores are sent to Canada and stored there.", false},
		{"This means that if you play Rookery from another country, your scores are sent to Canada and stored there.", true},
		{"This means that if you play Chesswick from another country, your scores are sent to Canada and to Knightly Analytics and stored there.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestOccasionsJoinedInScope: the occasions and things a notice covers,
// joined by "or" or by "and" ("when you use our web and mobile apps, or
// write to us"), are each covered either way (E7); the same swap between
// two conditions of a disclosure makes either one enough (M3).
func TestOccasionsJoinedInScope(t *testing.T) {
	const doc = "# Chess club notice\n\n## About this notice\n\nThe club runs a chess school for juniors. This notice explains how the club handles your data when you visit our website, use our web and mobile apps, or write to us.\n\n## Disclosure\n\nWe give your results to the police when they show a court order and we believe a crime is under way.\n\n## Contact\n\nWrite to the secretary.\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{"The club runs a chess school for juniors. This notice explains how the club handles your data when you visit our website, use our web and mobile apps, or write to us.",
			"The club runs a school that teaches chess to juniors. In this notice, the club explains how it handles your data when you visit our website, when you use our web app or our mobile app, and when you write to us.", false},
		{"We give your results to the police when they show a court order and we believe a crime is under way.",
			"Your results are given to the police when they show a court order, or when we believe that a crime is under way.", true},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestMailRouteDropped: a mailbox offered as a way to opt out, dropped
// from paragraphs reworded and merged around it, takes a way to act away
// (M14); the same rewording that keeps the mailbox, in other words, does
// not.
func TestMailRouteDropped(t *testing.T) {
	doc := readBase(t, "magento")
	const from = "You may opt-out of the marketing messages we send at any time by utilizing the unsubscribe information provided in such message or by contacting us at [privacy@magento.com](mailto:privacy@magento.com).\n\nIf you choose to unsubscribe from emails, please click unsubscribe in the applicable email message. Rarely, we may need to contact you regarding non-promotional purposes. You cannot opt out of these operational emails."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"You can opt out of our marketing messages at any time with the unsubscribe information in each message, or by writing to [privacy@magento.com](mailto:privacy@magento.com). To unsubscribe from emails, click unsubscribe in the email message concerned.\n\nOn rare occasions we may need to contact you for non-promotional purposes. These operational emails cannot be opted out of.", false},
		{"You can opt out of our marketing messages at any time with the unsubscribe information in each message. To unsubscribe from emails, click unsubscribe in the email message concerned.\n\nOn rare occasions we may need to contact you for non-promotional purposes. These operational emails cannot be opted out of.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestMailboxMovedToDisputeBody: a mailbox moved to another company's
// domain in a sentence about complaints names another dispute body
// (disputes); in the contact details it names another controller.
func TestMailboxMovedToDisputeBody(t *testing.T) {
	const doc = "# Chess club notice\n\n## Membership\n\nThe club is a member of the Fairplay Privacy Seal, an independent certification program. If you have a concern about our handling of your data that we have not resolved, you can contact Fairplay at help@fairplayseal.example.\n\n## Contact\n\nThe club secretary answers questions about this notice at secretary@chessclub.example.\n"
	for _, c := range []struct {
		from, to string
		cat      string
	}{
		{"The club is a member of the Fairplay Privacy Seal, an independent certification program. If you have a concern about our handling of your data that we have not resolved, you can contact Fairplay at help@fairplayseal.example.",
			"The club is a member of the Rookwood Trust Mark, an independent certification program. If you have a concern about our handling of your data that we have not resolved, you can contact Rookwood at help@rookwoodtrust.example.", notice.CatDisputes},
		{"The club secretary answers questions about this notice at secretary@chessclub.example.",
			"The club secretary answers questions about this notice at secretary@knightleague.example.", notice.CatController},
	} {
		got := classifyEdit(t, doc, c.from, c.to)
		var cats []string
		for _, ch := range got.Changes {
			if ch.Material {
				cats = append(cats, ch.Categories...)
			}
		}
		if !got.Material || !slices.Contains(cats, c.cat) {
			t.Errorf("→ %q: material %v, categories %v, want material in %s\n%s", c.to, got.Material, cats, c.cat, dump(got))
		}
	}
}

// TestItemUnderDenyingLeadIn: an item added to a list whose lead-in
// denies ("The following are not personal data:") denies what it names:
// it restates a sentence that denies the same ("visits counted at the
// door are not personal data", E8), but not one that only names the
// thing ("we record the books you borrow"): that item takes it out of
// what the definition covers, which protects less (M5).
func TestItemUnderDenyingLeadIn(t *testing.T) {
	const doc = "# Library notice\n\n## Personal data\n\n" +
		"Personal data means information that identifies a member, such as a name or a library card number. It does not include anonymous counts of visitors.\n\n" +
		"## What we record\n\nWe record the books you borrow and the dates you return them.\n\n" +
		"## Door counts\n\nVisits counted at the door are not personal data.\n\n" +
		"## Contact\n\nWrite to the librarian.\n"
	const from = "Personal data means information that identifies a member, such as a name or a library card number. It does not include anonymous counts of visitors."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Personal data means information that identifies a member, for example a name or a library card number.\n\nThe following are not personal data:\n\n* anonymous counts of visitors;\n* visits counted at the door.", false},
		{"Personal data means information that identifies a member, for example a name or a library card number.\n\nThe following are not personal data:\n\n* anonymous counts of visitors;\n* the books you borrow.", true},
	} {
		got := classifyEdit(t, doc, from, c.to)
		if got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
		if c.material && got.Impact != notice.ImpactLessProtective {
			t.Errorf("→ %q: impact %s, want less-protective\n%s", c.to, got.Impact, dump(got))
		}
	}
}

// TestPracticeAlsoExtended: a sentence of a reworded paragraph that says
// a practice "also" applies to something ("messages stored on our
// servers are also encrypted", where the old paragraph encrypts messages
// in transit only) extends it, and a safeguard extended protects more
// (M5); one that splits off what a sentence
// of the old paragraph said, in the same or synonymous words ("we also
// keep messages from closed accounts" of "in addition, we retain messages
// from closed accounts"), does not (E7).
func TestPracticeAlsoExtended(t *testing.T) {
	const head = "# Clinic app notice\n\n## Keeping messages safe\n\n"
	const tail = " No system is perfect, but we take care of your records.\n\n## Contact\n\nWrite to the practice manager.\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{"We encrypt messages sent between the app and our servers. In addition, we retain messages from closed accounts to settle disputes and to prevent fraud.",
			"Messages that pass between the app and our servers are encrypted. We also keep messages from closed accounts in order to:\n\n* settle disputes;\n* prevent fraud.", false},
		{"We encrypt messages sent between the app and our servers, and we delete each message after one year.",
			"Messages that pass between the app and our servers are encrypted. Messages stored on our servers are also encrypted. We delete each message after one year.", true},
	} {
		got := classifyEdit(t, head+c.from+tail, c.from, c.to)
		if got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
		// A safeguard extended protects more.
		if c.material && got.Impact != notice.ImpactMoreProtective {
			t.Errorf("→ %q: impact %s, want more-protective\n%s", c.to, got.Impact, dump(got))
		}
	}
}

// TestClauseDroppedInPlace: a condition, a promise or a list item dropped
// whole from a sentence reworded around it ("such as" → "for example",
// "we use X to" → "X helps us") is dropped all the same (M4, M5, M14),
// when the words that framed it close up over the gap; the same rewording
// that keeps it, or says it again in a sentence of its own, is editorial.
func TestClauseDroppedInPlace(t *testing.T) {
	for _, c := range []struct {
		doc, from, to string
		material      bool
	}{
		{libraryDoc, libraryFrom, "- **Partner libraries**, for example county and university libraries, under a written data sharing agreement.\n- **Couriers**, which bring books to your home.", false},
		{libraryDoc, libraryFrom, "- **Partner libraries**, for example county and university libraries.\n- **Couriers**, which bring books to your home.", true},
		{photoDoc, photoFrom, "Photos are taken by the club at tournaments. Photos at junior events are group shots only, which means they show teams and not single players, and a coach checks them to make sure no child can be identified. Any photo can be removed at a parent's request.", false},
		{photoDoc, photoFrom, "Photos are taken by the club at tournaments. Photos at junior events are group shots only, which means they show teams and not single players. A coach checks each photo so that no child can be identified. Any photo can be removed at a parent's request.", false},
		{photoDoc, photoFrom, "Photos are taken by the club at tournaments. Photos at junior events are group shots only, which means they show teams and not single players. Any photo can be removed at a parent's request.", true},
		{clinicDoc, clinicFrom, "Your test results help us treat you and plan services. Patients may ask that we stop the use or disclosure of their test results for research.", false},
		{clinicDoc, clinicFrom, "Your test results help us treat you and plan services. Patients may ask that we stop the use of their test results for research.", true},
	} {
		if got := classifyEdit(t, c.doc, c.from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

const (
	libraryDoc = "# Library notice\n\n## Sharing\n\nWe share your borrowing record only with:\n\n" +
		"- **Partner libraries** such as county and university libraries, under a written data sharing agreement.\n" +
		"- **Couriers** that deliver books to your home.\n\n## Contact\n\nWrite to the librarian.\n"
	libraryFrom = "- **Partner libraries** such as county and university libraries, under a written data sharing agreement.\n- **Couriers** that deliver books to your home."
	photoDoc    = "# Chess club notice\n\n## Tournament photos\n\n" +
		"The club takes photos at tournaments. At junior events, photos are group shots only: they show teams, not single players, and a coach checks them to make sure no child can be identified. Parents can ask us to remove any photo.\n\n" +
		"## Contact\n\nWrite to the secretary.\n"
	photoFrom = "The club takes photos at tournaments. At junior events, photos are group shots only: they show teams, not single players, and a coach checks them to make sure no child can be identified. Parents can ask us to remove any photo."
	clinicDoc = "# Clinic privacy notice\n\n## Research\n\n" +
		"Our clinic uses your test results to treat you and to plan services. You can ask us to stop the use or disclosure of your test results for research.\n\n" +
		"## Contact\n\nWrite to the practice manager.\n"
	clinicFrom = "Our clinic uses your test results to treat you and to plan services. You can ask us to stop the use or disclosure of your test results for research."
)

// TestWishContactReworded: "if you wish to" is "if you want to", and
// "contact the club" is "get in touch with the club" (E7); the same
// rewording that sends the request to another party is material.
func TestWishContactReworded(t *testing.T) {
	const doc = "# Chess club notice\n\n## Ratings\n\n" +
		"If your rating was provided to us by a league and you wish to correct it, please contact that league directly.\n\n" +
		"## Contact\n\nWrite to the secretary.\n"
	const from = "If your rating was provided to us by a league and you wish to correct it, please contact that league directly."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Where a league gave us your rating and you want it corrected, please get in touch with that league directly.", false},
		{"Where a league gave us your rating and you want it corrected, please get in touch with the national federation's rating office.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestTableLeadIn: a list turned into a table whose lead-in now points to
// it in a full sentence ("we keep the records in this table.") names the
// rows as "we keep:" did (E7); a lead-in that names one more thing beside
// the table adds it (M5).
func TestTableLeadIn(t *testing.T) {
	const doc = "# Library notice\n\n## Records we keep\n\nFor each member, the library keeps:\n\n" +
		"- a member number that we create when you join;\n- the titles you borrow and when you return them.\n\n" +
		"## Contact\n\nWrite to the librarian.\n"
	const from = "For each member, the library keeps:\n\n- a member number that we create when you join;\n- the titles you borrow and when you return them."
	const table = "\n\n| Record | Details |\n|---|---|\n| Member number | A number that we create when you join |\n| Loans | The titles you borrow and when you return them |"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"For each member, the library keeps the records in this table." + table, false},
		{"For each member, the library keeps the records in this table and a photograph." + table, true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestBasedInCompound: "a US-based company" says where the company is
// based, as "based in the United States" does (E7); a compound that
// bases it somewhere else is material.
func TestBasedInCompound(t *testing.T) {
	const doc = "# Rookwell privacy notice\n\n## Where we are\n\n" +
		"Rookwell is based in the United States and our servers are in the United States. Members can choose to keep their games in our Dublin region.\n\n" +
		"## Contact\n\nWrite to the secretary.\n"
	const from = "Rookwell is based in the United States and our servers are in the United States."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Rookwell is a US-based company, and our servers are located in the United States.", false},
		{"Rookwell is a Jersey-based company, and our servers are located in the United States.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestDatedExample: a worked example whose practice words are those of
// the paragraph it illustrates ("deleted", "keep" for "retain"), and whose
// dates are as far apart as the period the paragraph states, only
// illustrates it (E8). Dates a shorter or longer period apart, or a
// practice the paragraph denies, state something of their own.
func TestDatedExample(t *testing.T) {
	const doc = "# Brookfield Library notice\n\nBrookfield Library (\"we\") lends books.\n\n## Loans\n\n" +
		"Loan records are deleted within 14 days after you return the book. We retain membership records to collect unpaid fines.\n\n" +
		"## Events\n\nWe do not keep sign-up sheets after an event.\n\n## Contact\n\nWrite to the librarian.\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{"Loan records are deleted within 14 days after you return the book.",
			"Loan records are deleted within 14 days after you return the book. For example, if you return a book on 3 March, its loan record is deleted by 17 March.", false},
		{"Loan records are deleted within 14 days after you return the book.",
			"Loan records are deleted within 14 days after you return the book. For example, if you return a book on 3 March, its loan record is deleted by 31 March.", true},
		{"We retain membership records to collect unpaid fines.",
			"We retain membership records to collect unpaid fines. For example, if a fine is still unpaid, we may keep the records we need to collect that fine.", false},
		{"We do not keep sign-up sheets after an event.",
			"We do not keep sign-up sheets after an event. For example, if you sign up for a reading, we keep the sheet once the reading is over.", true},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestTermExplained: a sentence that only says what a term the notice
// already uses is ("An RFID wristband is a band with a chip ..."), added
// alone or beside a reworded sentence, states no practice (E8). One that
// says what the company does with it, names a practice the notice lacks,
// or says what personal data is, is material.
func TestTermExplained(t *testing.T) {
	const doc = "# Ironbark Gym notice\n\nIronbark Gym (\"we\") runs two gyms.\n\n## Entry\n\n" +
		"Members enter with an RFID wristband. We log each entry to count visitors, and we do not respond to Global Privacy Control signals because we sell no data.\n\n" +
		"## Data\n\nWe collect your name, e-mail address and entry times.\n\n## Contact\n\nWrite to the manager.\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{"Members enter with an RFID wristband.",
			"Members enter with an RFID wristband. An RFID wristband is a band with a small chip that opens the door when it is held near a reader.", false},
		{"We log each entry to count visitors, and we do not respond to Global Privacy Control signals because we sell no data.",
			"Global Privacy Control is a browser setting that asks sites not to sell your data. We log each entry to count visitors, and we do not respond to Global Privacy Control signals because we sell no data.", false},
		{"Members enter with an RFID wristband.",
			"Members enter with an RFID wristband. An RFID wristband is a band with a small chip that we use to share your visits with advertisers.", true},
		{"Members enter with an RFID wristband.",
			"Members enter with an RFID wristband. An RFID wristband is a band with a small chip that records your heart rate.", true},
		{"We collect your name, e-mail address and entry times.",
			"We collect your name, e-mail address and entry times. Personal data is the name and e-mail address given at sign-up.", true},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestExampleReworded: table rows whose worked examples stay as they are
// while the rows' data cells are reformatted are compared with their old
// wording, not read as an example dropped beside one added: the same data
// in other markup is editorial (E7), and a data kind added to a cell is
// material.
func TestExampleReworded(t *testing.T) {
	rows := []struct {
		purpose, example string
		data             []string
	}{
		{"To send reminders.", "For example, when we use your loan record to remind you of a book that is due.", []string{"Loan data", "Contact data"}},
		{"To keep the library safe and to detect and prevent theft.", "For example, when we analyze entry data to check for stolen cards.", []string{"Contact data", "Entry data", "Card data"}},
		{"To conduct surveys.", "For example, when we contact members to ask for your feedback.", []string{"Contact data", "Survey data"}},
	}
	table := func(bullet, sep, extra string) string {
		var b strings.Builder
		for i, r := range rows {
			var cell []string
			for _, d := range r.data {
				cell = append(cell, bullet+d)
			}
			if i == 1 && extra != "" {
				cell = append(cell, bullet+extra)
			}
			fmt.Fprintf(&b, "| %s<br><br>  <br><br>%s | %s |\n", r.purpose, r.example, strings.Join(cell, sep))
		}
		return strings.TrimSuffix(b.String(), "\n")
	}
	from := table("• ", "<br><br>", "")
	doc := "# Brookfield Library notice\n\nBrookfield Library (\"we\") lends books.\n\n## Purposes\n\n| Purpose | Data |\n|---|---|\n" +
		from + "\n\n## Contact\n\nWrite to the librarian.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{table("* ", "<br>", ""), false},
		{table("* ", "<br>", "Reading history"), true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestExampleColumn: a list turned into a table with an example column
// only shows what each item can look like (E8, E7). An example that says
// what the company does with it, or names other things beside the item,
// is material.
func TestExampleColumn(t *testing.T) {
	const from = "- **Visit data:** the time you enter and leave, and the gym you visit.\n- **Body data:** your weight and height, if you give them to a trainer."
	const doc = "# Ironbark Gym notice\n\nIronbark Gym (\"we\") runs two gyms.\n\n## What we collect\n\n" + from + "\n\n## Contact\n\nWrite to the manager.\n"
	row := func(ex1, ex2 string) string {
		return "| Kind | What it includes | Example |\n|---|---|---|\n" +
			"| Visit data | The time you enter and leave, and the gym you visit. | " + ex1 + " |\n" +
			"| Body data | Your weight and height, if you give them to a trainer. | " + ex2 + " |"
	}
	for _, c := range []struct {
		to       string
		material bool
	}{
		{row("In at 07:10 and out at 08:25 at the Riverside gym, on 4 May", "72 kg, 1.80 m"), false},
		{row("In at 07:10 and out at 08:25 at the Riverside gym, which we share with your employer", "72 kg, 1.80 m"), true},
		{row("In at 07:10 and out at 08:25 at the Riverside gym", "72 kg, 1.80 m, and the other health apps on your phone"), true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestConditionAddedToMovedClause: a paragraph reworded sentence by
// sentence, where one sentence puts its promise first and recasts its
// "if" clause around it, says the same (E7); the same recast with a
// condition put before the promise ("where the law requires it") limits
// when the promise holds (M4), though the paragraph used the
// condition's verb elsewhere.
func TestConditionAddedToMovedClause(t *testing.T) {
	const doc = "# Stridely Privacy Notice\n\n## Keeping your logs safe\n\n" +
		"We keep workout logs on encrypted servers. Access to the servers requires a staff badge and a password. Auditors check these controls each year. If a security incident affects your workout logs, we will tell you within 48 hours of finding it.\n\n" +
		"## Contact\n\nWrite to the support team.\n"
	const from = "We keep workout logs on encrypted servers. Access to the servers requires a staff badge and a password. Auditors check these controls each year. If a security incident affects your workout logs, we will tell you within 48 hours of finding it."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Workout logs are kept on encrypted servers. A staff badge and a password are required to access the servers. Each year, auditors check these controls. We will tell you of a security incident that affects your workout logs within 48 hours of finding it.", false},
		{"Workout logs are kept on encrypted servers. A staff badge and a password are required to access the servers. Each year, auditors check these controls. Where the law requires it, we will tell you of a security incident that affects your workout logs within 48 hours of finding it.", true},
		{"Workout logs are kept on encrypted servers. A staff badge and a password are required to access the servers. Each year, auditors check these controls. Unless our lawyers advise otherwise, we will tell you of a security incident that affects your workout logs within 48 hours of finding it.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestDataClauseInMergedList: a list of rights written out as one
// sentence, each item led by "to", says the same (E7); the same sentence
// that puts a clause after the data one right covers ("to erase data
// they have uploaded") no longer covers the data from elsewhere (M3).
func TestDataClauseInMergedList(t *testing.T) {
	const doc = "# Stridely Privacy Notice\n\n## Your rights\n\n" +
		"Members in the United Kingdom have the right to:\n\n" +
		"- see what data we hold about them;\n- get a copy of their workout data;\n- erase their workout data; and\n- object to marketing.\n\n" +
		"## Contact\n\nWrite to the support team.\n"
	const from = "Members in the United Kingdom have the right to:\n\n" +
		"- see what data we hold about them;\n- get a copy of their workout data;\n- erase their workout data; and\n- object to marketing."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Members in the United Kingdom have the right to see what data we hold about them; to get a copy of their workout data; to erase their workout data; and to object to marketing.", false},
		{"Members in the United Kingdom have the right to see what data we hold about them; to get a copy of their workout data; to erase workout data they have uploaded to us; and to object to marketing.", true},
		{"Members in the United Kingdom have the right to see what data we hold about them; to get a copy of their workout data; to erase workout data that they recorded themselves; and to object to marketing.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestUniversalPutAsPronoun: a sentence of two bans whose clauses swap
// places says the same (E7); the same swap that puts "any publisher" as
// "them", pointing back to "publishers in the partner program", bans
// sharing with fewer publishers (M3).
func TestUniversalPutAsPronoun(t *testing.T) {
	const doc = "# Pageturn Library App Privacy Notice\n\n## Sharing\n\n" +
		"We do not share your reading history with any publisher, and we do not share your loan records with publishers in the partner program. We may share your loan records with the library that issued your card.\n\n" +
		"## Contact\n\nWrite to the library.\n"
	const from = "We do not share your reading history with any publisher, and we do not share your loan records with publishers in the partner program."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"We do not share your loan records with publishers in the partner program, and we do not share your reading history with any publisher.", false},
		{"We do not share your loan records with publishers in the partner program, and we do not share your reading history with them.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestMailboxAsDestination: "email X" recast as "send any other request
// to X" keeps the mailbox as a way to act (E7); the same recast that
// sends requests elsewhere, with the mailbox gone, drops it (M14).
func TestMailboxAsDestination(t *testing.T) {
	const doc = "# Pageturn Library App Privacy Notice\n\n## Your requests\n\n" +
		"You can change your reading list yourself in Settings. For other requests, email help@pageturn.example.org. We reply within 14 days and do not charge a fee.\n\n" +
		"## Contact\n\nWrite to the library.\n"
	const from = "You can change your reading list yourself in Settings. For other requests, email help@pageturn.example.org. We reply within 14 days and do not charge a fee."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Your reading list can be changed directly in Settings. Send any other request to help@pageturn.example.org. We reply within 14 days and do not charge a fee.", false},
		{"Your reading list can be changed directly in Settings. Send any other request to the branch desk. We reply within 14 days and do not charge a fee.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestConditionEchoesSentenceAhead: a condition added that names only
// what the sentence ahead of it said ("You may close your account ... If
// you close it, ...") makes explicit what the order said (E7); a
// condition that names something new, or denies, adds one (M4).
func TestConditionEchoesSentenceAhead(t *testing.T) {
	const doc = "# Gym app notice\n\n## Your account\n\nMembership is free. Members get one guest pass for every ten visits. You can close your account at any time by writing to the front desk; any stored workout videos will be deleted.\n\n## Contact\n\nWrite to the front desk.\n"
	const from = "Members get one guest pass for every ten visits. You can close your account at any time by writing to the front desk; any stored workout videos will be deleted."
	const ahead = "Members get one guest pass for every ten visits. For example, after 25 visits you have two guest passes. You may close your account whenever you like by writing to the front desk. "
	for _, c := range []struct {
		to       string
		material bool
	}{
		{ahead + "If you close it, any stored workout videos will be deleted.", false},
		{ahead + "If you ask us to, any stored workout videos will be deleted.", true},
		{ahead + "If you do not close it, any stored workout videos will be deleted.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestCountReferringBackToList: a paragraph split into a list, followed
// by "all three" or "these two" that names the list's items again, adds
// no number (E7); a count of some of them ("two of them") is one.
func TestCountReferringBackToList(t *testing.T) {
	const doc = "# Harbour rowing club notice\n\n## Insurance\n\n" +
		"We insure your boat with Keelwater Mutual, Portside Assurance and Tidewell Insurers, which are all approved by the federation, and with a broker for boats kept abroad.\n\n" +
		"## Contact\n\nWrite to the secretary.\n"
	const from = "We insure your boat with Keelwater Mutual, Portside Assurance and Tidewell Insurers, which are all approved by the federation, and with a broker for boats kept abroad."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"We insure your boat with:\n\n- Keelwater Mutual;\n- Portside Assurance; and\n- Tidewell Insurers.\n\nThe federation approves all three. For boats kept abroad, we also insure your boat with a broker.", false},
		{"We insure your boat with:\n\n- Keelwater Mutual;\n- Portside Assurance; and\n- Tidewell Insurers.\n\nThe federation approves two of them. For boats kept abroad, we also insure your boat with a broker.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestTryAsPurpose: measures taken "in an effort to prevent" a harm and
// measures taken "to prevent" it, the purpose put first, state the same
// aim (E7); a try dropped from a promise ("we will try to return it")
// in the same rewording is material (M2).
func TestTryAsPurpose(t *testing.T) {
	const doc = "# Bike shed notice\n\n## Storage\n\n" +
		"We lock our sheds and film the entrances in an effort to prevent theft of your bike. If your bike is stolen, we will try to trace it within 14 days.\n\n" +
		"## Contact\n\nWrite to the warden.\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{"We lock our sheds and film the entrances in an effort to prevent theft of your bike.", "To prevent theft of your bike, we lock our sheds and film the entrances.", false},
		{"We lock our sheds and film the entrances in an effort to prevent theft of your bike.", "To prevent theft of your bike, we may lock our sheds and film the entrances.", true},
		{"We lock our sheds and film the entrances in an effort to prevent theft of your bike. If your bike is stolen, we will try to trace it within 14 days.",
			"To prevent theft of your bike, we lock our sheds and film the entrances. If your bike is stolen, we will trace it within 14 days.", true},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestSeriesBecomesList: a series after "are" or "include" ("the locks we
// use are a, b, and c") turned into a bulleted list keeps its entries
// when each is still named, in other words of the same stem (E7); an
// entry of the series no bullet names, short or long, is dropped (M14).
func TestSeriesBecomesList(t *testing.T) {
	const doc = "# Bike shed notice\n\n## Storage\n\n" +
		"We keep your bike in our sheds on the harbour front. We guard your bike using sturdy locks and alarms. Some of the locks we use are padlocks and chain guards, steel cages bolted to our shed floors, and tag entry authorization gates. You agree that our locks are not a guarantee against theft.\n\n" +
		"## Contact\n\nWrite to the warden.\n"
	const from = "We guard your bike using sturdy locks and alarms. Some of the locks we use are padlocks and chain guards, steel cages bolted to our shed floors, and tag entry authorization gates. You agree"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"We guard your bike with sturdy locks and alarms. These locks include:\n\n* padlocks and chain guards;\n* steel cages bolted to our shed floors; and\n* entry gates that need an authorized tag.\n\nYou agree", false},
		{"We guard your bike with sturdy locks and alarms. These locks include:\n\n* padlocks;\n* steel cages bolted to our shed floors; and\n* entry gates that need an authorized tag.\n\nYou agree", true},
		{"We guard your bike with sturdy locks and alarms. These locks include:\n\n* padlocks and chain guards; and\n* entry gates that need an authorized tag.\n\nYou agree", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestNamedRecipientMayReceive: a list item that only names a recipient
// ("Auditors such as accountants, under a duty of confidentiality"),
// rewritten as a sentence that says the recipient "may receive" the data,
// states the permission its list did (E7). A "may" put on the duty that
// binds the recipient, or a recipient or data item the item did not name,
// is material.
func TestNamedRecipientMayReceive(t *testing.T) {
	const doc = "# Allotment society notice\n\n## Sharing\n\nWe pass member details only to:\n\n" +
		"- **Seed suppliers:** for orders you place.\n- Auditors such as accountants, under a duty of confidentiality.\n\n" +
		"## Contact\n\nWrite to the secretary.\n"
	const from = "- Auditors such as accountants, under a duty of confidentiality."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"\n**Auditors.** Accountants and similar auditors may receive member details, under a duty of confidentiality.", false},
		{"\n**Auditors.** Accountants and similar auditors may receive member details, and they may be under a duty of confidentiality.", true},
		{"\n**Auditors.** Accountants and similar auditors may receive member details and garden photos, under a duty of confidentiality.", true},
		{"\n**Auditors.** Accountants and similar auditors, and bank managers during a loan review, may receive member details, under a duty of confidentiality.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestAnyoneHeadsRecipients: "the only people and organizations we give
// your details to are these" closes the list as "we give your details
// only to" does (E7); "organizations" joined to the recipients as one
// more of them is a new recipient (M5).
func TestAnyoneHeadsRecipients(t *testing.T) {
	const doc = "# Choir notice\n\n## Sharing\n\nWe give your contact details only to the concert venue and the ticket agent.\n\n" +
		"## Contact\n\nWrite to the secretary.\n"
	const from = "We give your contact details only to the concert venue and the ticket agent."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"The only people and organizations we give your contact details to are the concert venue and the ticket agent.", false},
		{"We give your contact details only to the concert venue, the ticket agent and other organizations.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestAtPresent: "at present" says "currently", and a reason turned
// from "because" into "so" is the same reason (E7); an exception added
// to the same denial is material (M4).
func TestAtPresent(t *testing.T) {
	const doc = "# Ferry notice\n\n## Location\n\n" +
		"Because the harbour has no mobile signal, we do not currently track the ferry's position. We will tell you when this changes.\n\n" +
		"## Contact\n\nWrite to the harbour master.\n"
	const from = "Because the harbour has no mobile signal, we do not currently track the ferry's position."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"The harbour has no mobile signal, so at present we do not track the ferry's position.", false},
		{"The harbour has no mobile signal, so at present we do not track the ferry's position, except on the night crossing.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestCountOfWaysWithClause: "in two ways: by post and, if you gave us
// your number, by text message" counts the ways the list names; the
// clause between them is no third (E7). A count the ways do not match is
// a number that changed (M6).
func TestCountOfWaysWithClause(t *testing.T) {
	const doc = "# Library notice\n\n## Reminders\n\n" +
		"We remind you by text message (if you gave us your number) and by post at least 3 days before a loan is due.\n\n" +
		"## Contact\n\nWrite to the librarian.\n"
	const from = "We remind you by text message (if you gave us your number) and by post at least 3 days before a loan is due."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"At least 3 days before a loan is due, we remind you in two ways: by post and, if you gave us your number, by text message.", false},
		{"At least 3 days before a loan is due, we remind you in one of three ways: by post and, if you gave us your number, by text message.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestContentsOf: "a logbook detailing your sailing hours" is "a logbook
// of your sailing hours" (E7); a logbook of other things is material.
func TestContentsOf(t *testing.T) {
	const doc = "# Sailing school notice\n\n## Records\n\n" +
		"We keep a logbook detailing your sailing hours so that we can sign off your course.\n\n" +
		"## Contact\n\nWrite to the office.\n"
	const from = "We keep a logbook detailing your sailing hours so that we can sign off your course."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"We keep a logbook of your sailing hours so that we can sign off your course.", false},
		{"We keep a logbook of your sailing hours and medical conditions so that we can sign off your course.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestSentenceMergedAsClause: a paragraph split under two new
// subheadings, one of its sentences merged whole into another as a
// clause ("..., and we will reply within 10 days"), keeps every deadline
// where it was, though a look-alike sentence went to the other
// subheading (E7); a deadline changed in the merge is material (M6).
func TestSentenceMergedAsClause(t *testing.T) {
	const doc = "# Bike repair notice\n\n## Repairs\n\n" +
		"To book a repair, use the form at example.com/repair or call 555-0100. We will check your bike by comparing it with the photos you send us. We will reply within 10 days. If we refuse the repair, you may ask again; we will reply to a second request within 10 days.\n\n" +
		"## Contact\n\nWrite to the workshop.\n"
	const from = "To book a repair, use the form at example.com/repair or call 555-0100. We will check your bike by comparing it with the photos you send us. We will reply within 10 days. If we refuse the repair, you may ask again; we will reply to a second request within 10 days."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"### Booking\n\nYou can book a repair with the form at example.com/repair or by calling 555-0100. To check your bike, we will compare it with the photos you send us, and we will reply within 10 days.\n\n### Second requests\n\nIf we refuse the repair, you may ask again. We will reply to your second request within 10 days.", false},
		{"### Booking\n\nYou can book a repair with the form at example.com/repair or by calling 555-0100. To check your bike, we will compare it with the photos you send us, and we will reply within 30 days.\n\n### Second requests\n\nIf we refuse the repair, you may ask again. We will reply to your second request within 10 days.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestSummaryOverSubsections: a summary box under a heading sums up the
// subsections below it too (E8); a box that says something they do not
// (a new recipient, a right taken away) is material.
func TestSummaryOverSubsections(t *testing.T) {
	const doc = "# Gym notice\n\n## Messages\n\nWe write to members about the gym.\n\n" +
		"### Newsletters\n\nYou may unsubscribe from the newsletters we send at any time by using the link in each one.\n\n" +
		"### Booking messages\n\nWe sometimes write to you about your bookings. You cannot unsubscribe from these booking messages.\n\n" +
		"## Contact\n\nWrite to the front desk.\n"
	const from = "We write to members about the gym."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"> **In short:** You can unsubscribe from our newsletters at any time, but you cannot unsubscribe from booking messages.\n\n" + from, false},
		{"> **In short:** You cannot unsubscribe from our newsletters, and you cannot unsubscribe from booking messages.\n\n" + from, true},
		{"> **In short:** You can unsubscribe from our newsletters at any time, but you cannot unsubscribe from booking messages or from our partners' offers.\n\n" + from, true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestQuestionAndAnswer: a question set in bold or italics over its
// answer states nothing, and an answer that only says what one paragraph
// already says, a period written another way, restates it (E8). An
// answer with another period, the opposite polarity, a hedge or a new
// recipient is material, as is a bare "no" left as the whole answer.
func TestQuestionAndAnswer(t *testing.T) {
	const doc = "# Library notice\n\n## Loans\n\nWe keep your loan history for 12 months after you return a book, and then we delete it. " +
		"We do not share your loan history with other libraries.\n\n## Contact\n\nWrite to the librarian.\n"
	const from = "## Contact"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"**Loan questions**\n\n- *How long do you keep my loan history?* One year after you return a book. Then we delete it.\n- *Do other libraries see my loans?* No. We do not share your loan history with other libraries.\n\n" + from, false},
		{"- *How long do you keep my loan history?* We keep it for two years after you return a book, and then we delete it.\n\n" + from, true},
		{"- *How long do you keep my loan history?* We may keep it for a year after you return a book, and then we delete it.\n\n" + from, true},
		{"- *Do other libraries see my loans?* Yes. We share your loan history with other libraries.\n\n" + from, true},
		{"- *Do you sell my loan history to publishers?* No.\n\n" + from, true},
		{"- *Who sees my loans?* We share your loan history with other libraries and with publishers.\n\n" + from, true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestSummaryOverRewordedParagraph: a summary line set over a paragraph
// that is reworded in the same edit is read on its own (E8): the rest is
// judged without it. A summary with another age, or a rewording that
// drops a limit, is material.
func TestSummaryOverRewordedParagraph(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Young people\n\n" +
		"The club website is for a general audience and is not intended for anyone under the age of 16. We do not knowingly collect data from anyone in this age group.\n\n" +
		"## Contact\n\nWrite to the secretary.\n"
	const from = "The club website is for a general audience and is not intended for anyone under the age of 16. We do not knowingly collect data from anyone in this age group."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"> **In short:** Our website is not meant for anyone under 16.\n\nThe club website is for a general audience; it is not intended for anyone under the age of 16. We do not knowingly collect data from anyone in that age group.", false},
		{"> **In short:** Our website is not meant for anyone under 13.\n\nThe club website is for a general audience; it is not intended for anyone under the age of 16. We do not knowingly collect data from anyone in that age group.", true},
		{"> **In short:** Our website is not meant for anyone under 16.\n\nThe club website is for a general audience; it is not intended for anyone under the age of 16. We collect data from anyone in that age group.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestSummaryLineRestatesParagraph: a line added to a summary section
// that says only what one paragraph of the notice says, with a pointer
// to it in brackets, restates it (E8). One that adds a right, drops a
// limit or hedges the paragraph's promise is material.
func TestSummaryLineRestatesParagraph(t *testing.T) {
	const doc = "# Choir notice\n\n## Key points\n\n- We never publish recordings of rehearsals.\n\n" +
		"## Your choices\n\n- **Members' rights:** a member can ask to see the recordings we hold of them, ask us to erase them, and refuse further recording.\n\n" +
		"## Contact\n\nWrite to the choir secretary.\n"
	const from = "- We never publish recordings of rehearsals.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{from + "- Members can ask to see or erase their recordings and can refuse further recording (see \"Your choices\").\n", false},
		{from + "- Members can ask to see or erase their recordings and can sell further recording (see \"Your choices\").\n", true},
		{from + "- Members can ask to see or erase their recordings, and we may refuse further recording (see \"Your choices\").\n", true},
		{from + "- Members can ask to see or erase only their recordings made after 2020 (see \"Your choices\").\n", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestQuestionWithPremise: a question set in italics may open with a
// sentence that sets out the asker's situation; it is part of the
// question and states nothing (E3) when the notice says what it takes
// for granted. The same sentence outside the italics is the notice's own
// statement, and a question that takes for granted a sharing the notice
// never names is read as saying it.
func TestQuestionWithPremise(t *testing.T) {
	const doc = "# Library notice\n\n## Loans\n\nWe share your loan history with your school if it signed you up. If your school signed you up, please ask that school to change your details.\n\n## Contact\n\nWrite to the librarian.\n"
	const from = "## Contact"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"*My school signed me up and you share my loan history with it. Who do I ask?* Please ask that school to change your details.\n\n" + from, false},
		{"We share your loan history with publishers. *Who do I ask?* Please ask that school to change your details.\n\n" + from, true},
		{"*Why do you share my loan history with publishers? Who do I ask?* Please ask that school to change your details.\n\n" + from, true},
		{"*My school signed me up and you share my loan history with publishers. Who do I ask?* Please ask that school to change your details.\n\n" + from, true},
		{"*My school signed me up. Who do I ask?* Please ask that school to change your details; we also sell your loan history to publishers.\n\n" + from, true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestAnswerNamingDoNotTrack: "Do Not Track" in the paragraph an answer
// restates names a signal and denies nothing, so an answer that says
// what the paragraph says, with no negation, restates it (E8); one that
// denies it does not.
func TestAnswerNamingDoNotTrack(t *testing.T) {
	const doc = "# Radio station notice\n\n## Listening data\n\nWe treat a Do Not Track signal from your browser as an objection to listening statistics.\n\n## Contact\n\nWrite to the station.\n"
	const from = "## Contact"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"- *What if my browser has Do Not Track on?* We treat it as an objection to listening statistics.\n\n" + from, false},
		{"- *What if my browser has Do Not Track on?* We do not treat it as an objection to listening statistics.\n\n" + from, true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestEnumItemDroppedInRecast: an item of an enumeration that the text
// around it is recast, a sentence into a definition or a paragraph into a
// lead-in over bullets, and that no part of the new notice names any
// more ("coaching notes" left out of what "Crew Records" means,
// "shredding" left out of the measures listed) narrows what the
// statement covers (M14). The same recast that keeps every item, or
// leaves out one the notice states elsewhere, is editorial (E7).
func TestEnumItemDroppedInRecast(t *testing.T) {
	const def = "Crews who book with the club (\"Crews\") send us boat bookings, race entries, crew lists and coaching notes (\"Crew Records\")."
	const defDoc = "# Rowing club notice\n\n## Crew Records\n\n" + def +
		" We use Crew Records only to run the club, and we never sell them.\n\n## Contact\n\nWrite to the secretary.\n"
	const recast = "In this notice, \"Crew Records\" means the boat bookings, race entries"
	const tail = " that crews booking with the club (\"Crews\") send us."
	const sec = "We keep patient files at our clinic in Leeds. Some of the measures we take are locked cabinets and shredding, " +
		"staff training on confidentiality, and logs of every access to a file. No measure is perfect."
	const secDoc = "# Clinic notice\n\n## Security\n\n" + sec + "\n\n## Contact\n\nWrite to the practice manager.\n"
	const secDocElsewhere = "# Clinic notice\n\n## Security\n\n" + sec +
		"\n\n## Old files\n\nPaper files we no longer need are destroyed by shredding.\n\n## Contact\n\nWrite to the practice manager.\n"
	const lead = "Patient files are kept at our clinic in Leeds.\n\nThe measures we take include:\n\n"
	for _, c := range []struct {
		doc, from, to string
		material      bool
	}{
		{defDoc, def, recast + ", crew lists and coaching notes" + tail, false},
		{defDoc, def, recast + " and crew lists" + tail, true},
		{defDoc, def, recast + " and crew lists" + tail + " Crew Records also include coaching notes.", false},
		{secDoc, sec, lead + "* locked cabinets;\n* shredding;\n* staff training on confidentiality; and\n* logs of every access to a file.\n\nNo measure is perfect.", false},
		{secDoc, sec, lead + "* locked cabinets;\n* staff training on confidentiality; and\n* logs of every access to a file.\n\nNo measure is perfect.", true},
		{secDocElsewhere, sec, lead + "* locked cabinets;\n* staff training on confidentiality; and\n* logs of every access to a file.\n\nNo measure is perfect.", false},
	} {
		got := classifyEdit(t, c.doc, c.from, c.to)
		if got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
		if c.material && got.Impact != notice.ImpactLessProtective {
			t.Errorf("→ %q: impact %s, want less-protective\n%s", c.to, got.Impact, dump(got))
		}
	}
}

// TestBanQualified: a ban that a qualifier now limits to one channel or
// place ("via the booking app") covers less than it did, a protection
// narrowed (M3, less-protective), in a paragraph rewritten around it as
// in a one-sentence edit; a stretch that limits nothing ("at all") is
// emphasis (E7).
func TestBanQualified(t *testing.T) {
	const doc = "# Gym notice\n\n## Cameras\n\n" +
		"Our front desk records the time of each visit. We do not record video of members.\n\n" +
		"## Contact\n\nWrite to the manager.\n"
	const para = "Our front desk records the time of each visit. We do not record video of members."
	const ban = "We do not record video of members."
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{para, "The time of each visit is recorded by our front desk. We do not record video of members at all.", false},
		{para, "The time of each visit is recorded by our front desk. We do not record video of members via the booking app.", true},
		{ban, "We do not record video of members at all.", false},
		{ban, "We do not record video of members via the booking app.", true},
	} {
		got := classifyEdit(t, doc, c.from, c.to)
		if got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
		if c.material && got.Impact != notice.ImpactLessProtective {
			t.Errorf("→ %q: impact %s, want less-protective\n%s", c.to, got.Impact, dump(got))
		}
	}
}

// TestDeniedItemDropped: a whole item gone from a list the sentence
// denies ("name, home address or reading habits" → "home address or
// reading habits") narrows the ban, in a paragraph split and reworded
// around it (M14, less-protective); a word gone from an item that stays
// ("home address" → "address") drops no item (E7).
func TestDeniedItemDropped(t *testing.T) {
	const doc = "# Library notice\n\n## What we share\n\n" +
		"We never sell your name, home address or reading habits to publishers, and we do not share your card number with partners. If you ask us to, we email you reminders about due books.\n\n" +
		"## Contact\n\nWrite to the librarian.\n"
	const from = "We never sell your name, home address or reading habits to publishers, and we do not share your card number with partners. If you ask us to, we email you reminders about due books."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"We never sell your name, address or reading habits to publishers. We do not share your card number with partners. We email you reminders about due books when you ask us to.", false},
		{"We never sell your home address or reading habits to publishers. We do not share your card number with partners. We email you reminders about due books when you ask us to.", true},
	} {
		got := classifyEdit(t, doc, from, c.to)
		if got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
		if c.material && got.Impact != notice.ImpactLessProtective {
			t.Errorf("→ %q: impact %s, want less-protective\n%s", c.to, got.Impact, dump(got))
		}
	}
}

// TestDeniedItemNamedInOwnWord: an item dropped from a denied list ("we
// never collect your contacts") is still dropped when the notice uses
// the word's singular in another sense ("contact the librarian"); an
// item the notice still denies in its own word elsewhere is not.
func TestDeniedItemNamedInOwnWord(t *testing.T) {
	const para = "The app never reads your photos, contacts or calendar, and we do not share your card number with partners. If you ask us to, we email you reminders about due books."
	const doc = "# Library app notice\n\n## What the app reads\n\n" + para + "\n\n## Contact\n\nContact the librarian at the front desk.\n"
	const elsewhere = "# Library app notice\n\n## What the app reads\n\n" + para + "\n\n## Your phone\n\nThe app never reads your contacts.\n\n## Contact\n\nContact the librarian at the front desk.\n"
	const to = "The app never reads your photos or calendar. We do not share your card number with partners. We email you reminders about due books when you ask us to."
	for _, c := range []struct {
		doc      string
		material bool
	}{
		{doc, true},
		{elsewhere, false},
	} {
		if got := classifyEdit(t, c.doc, para, to); got.Material != c.material {
			t.Errorf("material %v, want %v\n%s", got.Material, c.material, dump(got))
		}
	}
}

// TestRowRepeatsColumnHeader: a list turned into a table whose cells
// restate what their column's header says ("They get it under a duty of
// care" under "What they get and on what terms") is editorial (E7); a
// cell that adds a use the list did not name is material.
func TestRowRepeatsColumnHeader(t *testing.T) {
	const list = "We pass your booking only to:\n\n" +
		"- **Mountain guides** who lead your trek, under a duty of care.\n" +
		"- **Hut wardens** who keep the huts, to reserve your bunk.\n"
	const doc = "# Trek notice\n\n## Who sees your booking\n\n" + list + "\n## Contact\n\nWrite to the trek office.\n"
	const table = "We pass your booking only to those in this table.\n\n| Who | What they receive and on what terms |\n|---|---|\n" +
		"| **Mountain guides** who lead your trek | %s |\n" +
		"| **Hut wardens** who keep the huts | To reserve your bunk. |\n"
	for _, c := range []struct {
		cell     string
		material bool
	}{
		{"They receive it under a duty of care.", false},
		{"They receive it under a duty of care and may sell it to outfitters.", true},
	} {
		if got := classifyEdit(t, doc, list, fmt.Sprintf(table, c.cell)); got.Material != c.material {
			t.Errorf("%q: material %v, want %v\n%s", c.cell, got.Material, c.material, dump(got))
		}
	}
}

// TestSubheadingsBecomeRowLabels: subsections merged into one table whose
// first cells are the old subheadings ("### At the pool" over a list
// becomes "At the pool | ...") keep every item under the same condition
// (E7); a row that adds an item is material (M5).
func TestSubheadingsBecomeRowLabels(t *testing.T) {
	const old = "### When you book a lesson\n\n" +
		"- Your name, age and swimming level.\n\n" +
		"### At the pool\n\n" +
		"- Lifeguards note any accident you have at the pool.\n"
	const doc = "# Swim school notice\n\n## What we collect\n\n" + old + "\n## Contact\n\nWrite to the swim school.\n"
	const table = "What we collect depends on how you deal with us:\n\n| Situation | What we collect |\n|---|---|\n" +
		"| **When you book a lesson** | %s |\n" +
		"| **At the pool** | Lifeguards note any accident you have at the pool. |\n"
	for _, c := range []struct {
		cell     string
		material bool
	}{
		{"Your name, age and swimming level.", false},
		{"Your name, age, swimming level and medical history.", true},
	} {
		if got := classifyEdit(t, doc, old, fmt.Sprintf(table, c.cell)); got.Material != c.material {
			t.Errorf("%q: material %v, want %v\n%s", c.cell, got.Material, c.material, dump(got))
		}
	}
}

// TestCallBeforeNumber: "call 555-0100" gives the route "call us at
// 555-0100" gives (E7); another number is material.
func TestCallBeforeNumber(t *testing.T) {
	const doc = "# Ferry notice\n\n## Your choices\n\n" +
		"- **Timetable letters:** call us at 555-0100 or use the form on our website.\n\n" +
		"## Contact\n\nWrite to the harbour office.\n"
	const from = "- **Timetable letters:** call us at 555-0100 or use the form on our website.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"| What | How to stop them |\n|---|---|\n| Timetable letters | Call 555-0100 or use the form on our website |\n", false},
		{"| What | How to stop them |\n|---|---|\n| Timetable letters | Call 555-0100 and pay a fee, or use the form on our website |\n", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestPeriodRestatedInBrackets: "within three days (72 hours)" states
// the period "within 72 hours" states (E6); a bracketed period that
// differs is material (M6).
func TestPeriodRestatedInBrackets(t *testing.T) {
	const doc = "# Locker notice\n\n## Lost keys\n\n" +
		"If you lose your key, we will change the lock within 48 hours of your report.\n\n" +
		"## Contact\n\nWrite to the front desk.\n"
	const from = "we will change the lock within 48 hours of your report."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"we will change the lock within two days (48 hours) of your report.", false},
		{"we will change the lock within two days (72 hours) of your report.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestSafeguardsLeadIn: a paragraph of security measures turned into a
// labelled list under "We protect your records with the following
// measures:" is editorial (E7, E3): protecting is what the measures are
// for. A lead-in that also names another practice is material.
func TestSafeguardsLeadIn(t *testing.T) {
	const para = "We lock paper records in a fireproof cabinet. Only the practice manager holds the key."
	const doc = "# Dental practice notice\n\n## Security\n\n" + para + "\n\n## Contact\n\nWrite to the practice manager.\n"
	const list = "%s\n\n- **Storage:** paper records are locked in a fireproof cabinet.\n- **Keys:** only the practice manager holds the key.\n"
	for _, c := range []struct {
		lead     string
		material bool
	}{
		{"We protect your records with the following measures:", false},
		{"We protect your records and share them with insurers under the following measures:", true},
	} {
		if got := classifyEdit(t, doc, para, fmt.Sprintf(list, c.lead)); got.Material != c.material {
			t.Errorf("%q: material %v, want %v\n%s", c.lead, got.Material, c.material, dump(got))
		}
	}
}

// TestListUnderHeadingToProse: a list with no lead-in is read under its
// heading ("Loan history: 3 years." under "How long we keep records"), so
// prose that writes the heading's verb out ("We keep your loan history
// for three years") says the same (E7); prose that adds another practice
// is material.
func TestListUnderHeadingToProse(t *testing.T) {
	const list = "- Loan history: 3 years, to settle disputes about fines.\n- Reading room sign-ins: 6 months.\n"
	const doc = "# Library notice\n\n## How long we keep records\n\n" + list + "\n## Contact\n\nWrite to the librarian.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"We keep your loan history for three years to settle disputes about fines, and reading room sign-ins for six months.\n", false},
		{"We keep your loan history for three years to settle disputes about fines and share it with publishers, and reading room sign-ins for six months.\n", true},
	} {
		if got := classifyEdit(t, doc, list, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestJoinerBetweenExamples: "or" and "and" between examples ("such as
// your name, seat number or booking code" → "Examples are your name,
// your seat number and your booking code") illustrate the same (E8); the
// same swap between conditions is material (M3).
func TestJoinerBetweenExamples(t *testing.T) {
	const doc = "# Theatre notice\n\n## Tickets\n\n" +
		"We use the term “ticket data” for details that identify a booking, such as your name, seat number or booking code. We refund a ticket when the show is cancelled or moved to another date.\n\n" +
		"## Contact\n\nWrite to the box office.\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{"We use the term “ticket data” for details that identify a booking, such as your name, seat number or booking code.",
			"“Ticket data” means details that identify a booking. Examples are your name, your seat number and your booking code.", false},
		{"We refund a ticket when the show is cancelled or moved to another date.",
			"We refund a ticket when the show is cancelled and moved to another date.", true},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestConditionsNumberedInBrackets: "when we (1) receive a court order
// and (2) believe ..." numbers the conditions and counts nothing (E7); a
// real number added beside them is material (M6).
func TestConditionsNumberedInBrackets(t *testing.T) {
	const doc = "# Gym notice\n\n## Sharing\n\n" +
		"We give your visit records to the police when we receive a court order and believe the records will help solve a crime.\n\n" +
		"## Contact\n\nWrite to the front desk.\n"
	const from = "We give your visit records to the police when we receive a court order and believe the records will help solve a crime."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"We give your visit records to the police when we (1) receive a court order and (2) believe the records will help solve a crime.", false},
		{"We give your visit records to the police when we (1) receive a court order and (2) believe the records will help solve a crime, within 2 days.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestPointerToSection: "As stated above," and "As explained in the
// Bookings section," point to another part of the notice and name no
// practice (E4); a practice added beside the pointer is material.
func TestPointerToSection(t *testing.T) {
	const doc = "# Kennel notice\n\n## Sharing\n\n" +
		"As stated above, we and our partner kennels may use the records kept at our kennels for any internal purpose and give them to our vets to use for such related purposes. As stated above, we never give your records to pet food companies without your consent.\n\n" +
		"## Contact\n\nWrite to the kennel.\n"
	const from = "As stated above, we and our partner kennels may use the records kept at our kennels for any internal purpose and give them to our vets to use for such related purposes. As stated above, we never"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"As explained in the Boarding section, we and our partner kennels may use the records kept at our kennels for any internal purpose, and may give them to our vets for them to use for such related purposes. As already stated, we never", false},
		{"As explained in the Boarding section, we and our partner kennels may use the records kept at our kennels for any internal purpose, and may give them to our vets and groomers for them to use for such related purposes. As already stated, we never", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestRequestOpener: "To make a request, write to ..." names what the
// route below a list of rights is for, the rights themselves (E7); a fee
// added to the route is material.
func TestRequestOpener(t *testing.T) {
	const from = "- **Members' rights:** a member can ask to see the loan records we hold about them, ask us to correct them, and ask us to delete them. Write to records@example.org with your card number. We will reply within 14 days.\n"
	const doc = "# Library notice\n\n## Your rights\n\n" + from + "\n## Contact\n\nWrite to the librarian.\n"
	const to = "- **Members' rights:** a member can:\n  - ask to see the loan records we hold about them;\n  - ask us to correct them; and\n  - ask us to delete them.\n\n  To make a request, %s records@example.org with your card number. We will reply within 14 days.\n"
	for _, c := range []struct {
		route    string
		material bool
	}{
		{"write to", false},
		{"pay a fee and write to", true},
	} {
		if got := classifyEdit(t, doc, from, fmt.Sprintf(to, c.route)); got.Material != c.material {
			t.Errorf("%q: material %v, want %v\n%s", c.route, got.Material, c.material, dump(got))
		}
	}
}

// TestCountOfSemicolonList: a count put before a list whose items a
// semicolon parts, and that may hold commas of their own, says how many
// items there are (E7); so does one that counts the ways to do something
// further back in the lead-in. A count that is not the number of items,
// or a new item, is read.
func TestCountOfSemicolonList(t *testing.T) {
	const doc = "# Gym notice\n\n## Use\n\nWe use your workout data to: plan and track your training, to remind you of classes, and to improve our timetable.\n\n## Contact\n\nWrite to the front desk.\n"
	const from = "We use your workout data to: plan and track your training, to remind you of classes, and to improve our timetable."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"We use your workout data for three things: to plan and track your training; to remind you of classes; and to improve our timetable.", false},
		{"We use your workout data for four things: to plan and track your training; to remind you of classes; and to improve our timetable.", true},
		{"We use your workout data for three things: to plan and track your training; to remind you of classes; and to sell it to insurers.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestWaysToDoWhatYouMay: "you may unsubscribe by A or B" and "there are
// two ways to unsubscribe: A, or B" grant the reader the same choice
// (E7): the ways offered state the permission. Ways to do something else,
// or a choice narrowed, are read.
func TestWaysToDoWhatYouMay(t *testing.T) {
	const doc = "# Theatre newsletter notice\n\n## Newsletter\n\nYou may unsubscribe from the newsletter at any time by clicking the link in any issue or by writing to news@example.org.\n\n## Contact\n\nWrite to the box office.\n"
	const from = "You may unsubscribe from the newsletter at any time by clicking the link in any issue or by writing to news@example.org."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"There are two ways to unsubscribe from the newsletter at any time: click the link in any issue, or write to news@example.org.", false},
		{"There are two ways to unsubscribe from the newsletter once a year: click the link in any issue, or write to news@example.org.", true},
		{"There are two ways to subscribe to the newsletter at any time: click the link in any issue, or write to news@example.org.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestWorkedOutFrom: where a data item comes from is the same whether it
// is "based on" a source or one "we work out from" it (E7), and a bullet
// split in two keeps its items. A new source is read.
func TestWorkedOutFrom(t *testing.T) {
	const doc = "# Games notice\n\n## What we collect\n\n- Your nickname and email address.\n- Approximate age based on your school year and, if you allow it in the app, exact age so that we can show you suitable games and their ratings.\n\n## Contact\n\nWrite to support.\n"
	const from = "- Approximate age based on your school year and, if you allow it in the app, exact age so that we can show you suitable games and their ratings."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"- Approximate age, which we work out from your school year. Exact age, if you allow it in the app, so that we can show you suitable games and their ratings.", false},
		{"- Approximate age, which we work out from your school year and your contacts. Exact age, if you allow it in the app, so that we can show you suitable games and their ratings.", true},
		{"- Approximate age, which we work out from your school year. Exact age, so that we can show you suitable games and their ratings.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestKeepOutOfAndWhenever: "keep X out of Y" forbids what "never put X
// in Y" forbids, the items denied alike however they are joined, and
// "whenever you like" is "at any time" (E7). A denial lifted, an item
// dropped, or a limit put on when, is read.
func TestKeepOutOfAndWhenever(t *testing.T) {
	const doc = "# Forum rules for members\n\n## Staying safe\n\nNever post your phone number or home address in a forum thread.\n\nYou can close your account at any time.\n\n## Contact\n\nWrite to the moderators.\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{"Never post your phone number or home address in a forum thread.", "Keep your phone number and home address out of a forum thread.", false},
		{"Never post your phone number or home address in a forum thread.", "Keep your phone number out of a forum thread.", true},
		{"Never post your phone number or home address in a forum thread.", "Post your phone number and home address in a forum thread.", true},
		{"You can close your account at any time.", "Whenever you like, you can close your account.", false},
		{"You can close your account at any time.", "Whenever you like, you can close your account within 30 days of joining.", true},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("%q → %q: material %v, want %v\n%s", c.from, c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestAndOrUnderDenial: "and" and "or" between the items a sentence
// denies deny each item alike (E7); between conditions they say which
// conditions must hold (M3).
func TestAndOrUnderDenial(t *testing.T) {
	const doc = "# Pharmacy notice\n\n## Sharing\n\nWe never sell your prescriptions or your address.\n\nWe do not call you if you object or close your account.\n\n## Contact\n\nAsk at the counter.\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{"We never sell your prescriptions or your address.", "We never sell your prescriptions and your address.", false},
		{"We do not call you if you object or close your account.", "We do not call you if you object and close your account.", true},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("%q → %q: material %v, want %v\n%s", c.from, c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestAddressWithGluedStreetName: a postal address whose street name
// ends in its kind ("Keizersgracht 12") is an address, written in a
// sentence or under a label (E5): its number and country say where the
// office is, not where data goes. A transfer there is read.
func TestAddressWithGluedStreetName(t *testing.T) {
	const doc = "# Bike share notice\n\n## Who we are\n\nOur representative in the EU is Example Europe B.V., Keizersgracht 12, 1015 CS Amsterdam, the Netherlands.\n\n## Contact\n\nWrite to the depot.\n"
	const from = "Our representative in the EU is Example Europe B.V., Keizersgracht 12, 1015 CS Amsterdam, the Netherlands."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Representative in the EU: Example Europe B.V., Keizersgracht 12, 1015 CS Amsterdam, the Netherlands.", false},
		{"Representative in the EU: Example Europe B.V., Keizersgracht 12, 1015 CS Amsterdam, the Netherlands. We store your ride history in the Netherlands.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestExceptionAsSentence: an exception stated as a sentence of its own
// ("The exception is X") is the exception "except for X" states (E7). One
// that now covers more is read.
func TestExceptionAsSentence(t *testing.T) {
	const doc = "# Ticketing notice\n\n## Deletion\n\nWe delete your account data when you close your account, except for your purchase records (see section 4).\n\n## Contact\n\nWrite to the box office.\n"
	const from = "We delete your account data when you close your account, except for your purchase records (see section 4)."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"We delete your account data when you close your account. The exception is your purchase records (see section 4).", false},
		{"We delete your account data when you close your account. The exception is your purchase records and your messages (see section 4).", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestEntitledIsARight: "you are entitled to" grants what "you have the
// right to" does (E7); a right dropped beside it is material.
func TestEntitledIsARight(t *testing.T) {
	const doc = "# Dental clinic notice\n\n## Your records\n\n" +
		"Depending on where you live, patients may have the right to see and correct their dental records.\n\n" +
		"## Contact\n\nWrite to the practice manager.\n"
	const from = "Depending on where you live, patients may have the right to see and correct their dental records."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Depending on your place of residence, patients may be entitled to see and correct their dental records.", false},
		{"Depending on your place of residence, patients may be entitled to see their dental records.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestAimOfSafeguardsPutFirst: "To keep visitors' bookings safe, we lock
// ..." states the aim the paragraph already gives its safeguards ("we
// work hard to protect visitors' bookings"); the clause put first is no
// list item (E7). Something else kept safe, or a purpose of another kind
// put first, is material.
func TestAimOfSafeguardsPutFirst(t *testing.T) {
	const doc = "# Observatory notice\n\n## Keeping bookings safe\n\n" +
		"We lock the booking server in the dome office, limit access to the two staff who run bookings, and check the backups every week. " +
		"No system is perfectly secure, but we work hard to protect visitors' bookings.\n\n" +
		"## Sharing\n\nWe share your phone number with the shuttle operator.\n\n" +
		"## Contact\n\nWrite to the warden.\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{"We lock the booking server", "To keep visitors' bookings safe, we lock the booking server", false},
		{"We lock the booking server", "To keep visitors' bookings and card numbers safe, we lock the booking server", true},
		{"We share your phone number with the shuttle operator.", "To send you offers, we share your phone number with the shuttle operator.", true},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("%q → %q: material %v, want %v\n%s", c.from, c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestStaffDutyIsTheSafeguard: "staff must use two-factor authentication"
// is the safeguard "two-factor authentication for staff access" put as
// the rule our staff keep (E7), no new promise; a duty to use a measure
// the notice did not name, or a promise added beside it, is material.
func TestStaffDutyIsTheSafeguard(t *testing.T) {
	const doc = "# Animal shelter notice\n\n## Protecting adopters' records\n\n" +
		"We use safeguards designed to protect adopters' records, including locked cabinets, two-factor authentication for staff access, and yearly checks by an outside firm. Our adoption website is PCI DSS compliant.\n\n" +
		"## Contact\n\nWrite to the shelter manager.\n"
	const from = "We use safeguards designed to protect adopters' records, including locked cabinets, two-factor authentication for staff access, and yearly checks by an outside firm. Our adoption website is PCI DSS compliant."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Our safeguards for adopters' records are of several kinds. For example, records are kept in locked cabinets, staff must use two-factor authentication to gain access, and an outside firm checks them every year. Our adoption website complies with PCI DSS.", false},
		{"Our safeguards for adopters' records are of several kinds. For example, records are kept in locked cabinets, staff must pass a background check to gain access, and an outside firm checks them every year. Our adoption website complies with PCI DSS.", true},
		{"Our safeguards for adopters' records are of several kinds. For example, records are kept in locked cabinets, staff must use two-factor authentication to gain access, and an outside firm will check them every year. Our adoption website complies with PCI DSS.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestWhichLetsUs: "..., which lets us ask the parent for consent" says
// what "so that we can ask the parent for consent" says (E7); another
// purpose in its place is material.
func TestWhichLetsUs(t *testing.T) {
	const doc = "# Youth choir notice\n\n## Signing up\n\n" +
		"If a singer under 13 wants to join a tour, we ask for a parent's phone number so that we can ask the parent for consent. We use that number only to call the parent.\n\n" +
		"## Contact\n\nWrite to the choir director.\n"
	const from = "If a singer under 13 wants to join a tour, we ask for a parent's phone number so that we can ask the parent for consent."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"A singer under 13 who wants to join a tour is asked for a parent's phone number, which lets us ask that parent for consent.", false},
		{"A singer under 13 who wants to join a tour is asked for a parent's phone number, which lets us send that parent offers.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestItemRepeatsItsLeadIn: items given labels that repeat what their
// lead-in says of each ("the following rights:" over "Right to see ..."
// where the list was under "have the right to:") say nothing new (E7); a
// fee put on one of them is material.
func TestItemRepeatsItsLeadIn(t *testing.T) {
	const doc = "# Allotment society notice\n\n## Your rights\n\n" +
		"Members of the society have the right to:\n\n" +
		"- see the records we hold about them;\n- correct wrong records; and\n- ask us to delete their records.\n\n" +
		"## Contact\n\nWrite to the society secretary.\n"
	const from = "Members of the society have the right to:\n\n- see the records we hold about them;\n- correct wrong records; and\n- ask us to delete their records."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"If you are a member of the society, you have the following rights:\n\n- **Right to see** the records we hold about you.\n- **Right to correct** records that are wrong.\n- **Right to ask us to delete** your records.", false},
		{"If you are a member of the society, you have the following rights:\n\n- **Right to see** the records we hold about you.\n- **Right to correct** records that are wrong, for a fee.\n- **Right to ask us to delete** your records.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestItemParticle: a sentence's list written out as bulleted items,
// "annual audits" as "audits, carried out once a year": the particle of
// "carried out" names nothing that could be a new item (E7); another
// frequency, or an item the list did not have, is material.
func TestItemParticle(t *testing.T) {
	const doc = "# Piano school notice\n\n## Safeguards\n\n" +
		"We use safeguards designed to protect pupils' files, including locked cabinets, encryption of backups, and annual audits. Our booking page is PCI DSS compliant.\n\n" +
		"## Contact\n\nWrite to the school office.\n"
	const from = "We use safeguards designed to protect pupils' files, including locked cabinets, encryption of backups, and annual audits. Our booking page is PCI DSS compliant."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"We use safeguards designed to protect pupils' files. These include:\n\n- audits, carried out once a year;\n- encryption of backups; and\n- locked cabinets.\n\nOur booking page complies with PCI DSS.", false},
		{"We use safeguards designed to protect pupils' files. These include:\n\n- audits, carried out every two years;\n- encryption of backups; and\n- locked cabinets.\n\nOur booking page complies with PCI DSS.", true},
		{"We use safeguards designed to protect pupils' files. These include:\n\n- audits, carried out once a year;\n- encryption of backups; and\n- video cameras at the front door.\n\nOur booking page complies with PCI DSS.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestComplaintSentByTheSameMeans: "faxing or mailing the Ombudsman to
// lodge a complaint" is "faxing or mailing your complaint to the
// Ombudsman" (E7): the complaint goes by the same means. Sent another
// way, it is material.
func TestComplaintSentByTheSameMeans(t *testing.T) {
	const doc = "# Bowls club notice\n\n## Complaints\n\n" +
		"If you are faxing or mailing the Bowls Ombudsman to lodge a complaint, you must include your member number and the date of the match.\n\n" +
		"## Contact\n\nWrite to the club secretary.\n"
	const from = "If you are faxing or mailing the Bowls Ombudsman to lodge a complaint, you must include your member number and the date of the match."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"If you fax or mail your complaint to the Bowls Ombudsman, you must include your member number and the date of the match.", false},
		{"If you hand your complaint to the Bowls Ombudsman, you must include your member number and the date of the match.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestInnerItemDroppedFromListMadeProse: a list of recorded data written
// out as a paragraph keeps every item, also those of an item that itself
// lists several (E7); an entry of such an item that the paragraph no
// longer names is dropped (M14), even where a clause moved from another
// item stands beside the rest.
func TestInnerItemDroppedFromListMadeProse(t *testing.T) {
	const from = "When you ride, the app records:\n\n- a ride number that we assign when the bike is first unlocked;\n- the bike model, dock number, battery level and tyre pressure;\n- your route, such as streets taken, stops made and distance ridden; and\n- payment records from your bank.\n"
	const doc = "# Bike share notice\n\n## What we record\n\n" + from + "\n## Contact\n\nWrite to the depot.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"When you ride, the app records a ride number, which we assign when the bike is first unlocked, along with the bike model, dock number, battery level and tyre pressure. It also records your route (such as streets taken, stops made and distance ridden) and payment records from your bank.\n", false},
		{"When you ride, the app records a ride number, which we assign when the bike is first unlocked, along with the bike model, dock number and battery level. It also records your route (such as streets taken, stops made and distance ridden) and payment records from your bank.\n", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestListItemDroppedInSentence: a list of rights under a lead-in
// written out as one sentence of clauses keeps every right (E7); a right
// the sentence no longer names, and the notice names nowhere else, is
// dropped (M14).
func TestListItemDroppedInSentence(t *testing.T) {
	const from = "Players in Leeds and some other towns have the right to:\n\n- know what match records we keep, use and share;\n- see and get a printed copy of their match records;\n- amend wrong match records;\n- erase their match records; and\n- leave the league table and the club newsletter.\n"
	const doc = "# Darts club notice\n\n## Your rights\n\n" + from + "\n## Contact\n\nWrite to the secretary.\n"
	const to = "If you play in Leeds or some other towns, you have the right to know what match records we keep, use and share; to see and get a printed copy of your match records; %sto erase your match records; and to leave the league table and the club newsletter.\n"
	for _, c := range []struct {
		right    string
		material bool
	}{
		{"to amend wrong match records; ", false},
		{"", true},
	} {
		if got := classifyEdit(t, doc, from, fmt.Sprintf(to, c.right)); got.Material != c.material {
			t.Errorf("%q: material %v, want %v\n%s", c.right, got.Material, c.material, dump(got))
		}
	}
}

// TestListItemGainsThing: a sentence's list turned into bullets keeps
// its items (E7); an item that gains a part naming a new kind of data
// ("and the songs you play") widens what is recorded (M5).
func TestListItemGainsThing(t *testing.T) {
	const from = "You may choose to give us your name, email address or phone number. In addition, we may record some details automatically when you use the jukebox. These details may include (but may not be limited to): your table number, card type, account data such as your loyalty number, the time of day, and the volume setting."
	const doc = "# Bar notice\n\n## Records\n\n" + from + "\n\n## Contact\n\nAsk the bar staff.\n"
	const to = "You may choose to give us your name, email address or phone number. In addition, when you use the jukebox, we may automatically record some details, which may include (but may not be limited to):\n\n* your table number;\n* card type;\n* account data, such as your loyalty number%s;\n* the time of day; and\n* the volume setting.\n"
	for _, c := range []struct {
		part     string
		material bool
	}{
		{"", false},
		{" and the other songs in your playlist", true},
	} {
		if got := classifyEdit(t, doc, from, fmt.Sprintf(to, c.part)); got.Material != c.material {
			t.Errorf("%q: material %v, want %v\n%s", c.part, got.Material, c.material, dump(got))
		}
	}
}

// TestSecondThingDropped: a reworded statement that keeps both things a
// word governs ("requires a member card and a signed safety form"),
// together or one in a sentence of its own, says the same (E7); one that
// keeps the word with the first alone drops the second (M14).
func TestSecondThingDropped(t *testing.T) {
	const from = "We keep the lockers clean. Entry to the weights room requires a member card and a signed safety form, and is limited to members over 16. Staff check the room each hour."
	const doc = "# Gym notice\n\n## Safety\n\n" + from + "\n\n## Contact\n\nAsk at the desk.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"The lockers are kept clean. Entry to the weights room is limited to members over 16, and its door requires a member card and a signed safety form.\n\nEach hour, staff check the room.", false},
		{"The lockers are kept clean. Entry to the weights room is limited to members over 16, and its door requires a member card. A signed safety form is also needed.\n\nEach hour, staff check the room.", false},
		{"The lockers are kept clean. Entry to the weights room is limited to members over 16, and its door requires a member card.\n\nEach hour, staff check the room.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestBanNarrowedToSome: a ban split into sentences that still denies
// each thing of every guest, whichever clause names it, says the same
// (E7); a thing the split now denies only of some guests ("from guests
// in the family wing") is banned less (M3).
func TestBanNarrowedToSome(t *testing.T) {
	const from = "We do not keep your room number, phone calls or meals from any guest, and we do not keep your spa visits from guests in the family wing. For adult guests who agree, we keep spa visits to plan staffing."
	const doc = "# Hotel notice\n\n## What we record\n\n" + from + "\n\n## Contact\n\nAsk at reception.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"The hotel never keeps phone calls, meals or your room number from any guest. From guests in the family wing, we also do not keep your spa visits. For adult guests who agree, we keep spa visits to plan staffing.", false},
		{"The hotel never keeps phone calls or meals from any guest. From guests in the family wing, we also do not keep your room number or your spa visits. For adult guests who agree, we keep spa visits to plan staffing.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestListItemExplained: a sentence's list written out as bulleted items,
// each explained by a clause ("which is a review ...", "which means a
// coach needs ...", "in which auditors try ..."), or with its frequency
// written another way ("every year" for "annual"), adds no item (E8,
// E7). An explanation that names a new recipient or what we do, or
// another frequency, is material.
func TestListItemExplained(t *testing.T) {
	const doc = "# Rowing club notice\n\n## Safeguards\n\n" +
		"We use safeguards designed to protect rowers' records, including encryption of backups, two-step login for coach access, and annual security audits. Our payment page is PCI DSS compliant.\n\n" +
		"## Contact\n\nWrite to the club secretary.\n"
	const from = "We use safeguards designed to protect rowers' records, including encryption of backups, two-step login for coach access, and annual security audits. Our payment page is PCI DSS compliant."
	const lead = "We use safeguards designed to protect rowers' records. They include:\n\n- encryption of backups;\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{lead + "- two-step login when coaches access records; and\n- a security audit every year, which is a review by an outside firm used to find gaps.\n\nOur payment page is PCI DSS compliant.", false},
		{lead + "- two-step login for coach access, which means a coach needs a second proof of identity, such as a code sent to a phone, in addition to a password; and\n- a security audit every year, in which auditors try to break into our systems to find gaps.\n\nOur payment page complies with the Payment Card Industry Data Security Standard (PCI DSS).", false},
		{lead + "- two-step login when coaches access records; and\n- a security audit every year, which is a review whose results are shared with insurers.\n\nOur payment page is PCI DSS compliant.", true},
		{lead + "- two-step login for coach access, which means we keep a copy of your phone number; and\n- a security audit every year, in which auditors try to break into our systems to find gaps.\n\nOur payment page is PCI DSS compliant.", true},
		{lead + "- two-step login when coaches access records; and\n- a security audit every two years, which is a review by an outside firm used to find gaps.\n\nOur payment page is PCI DSS compliant.", true},
		{lead + "- two-step login when coaches access records; and\n- a security audit every year, which is a review by an outside firm used to find gaps.\n\nOur payment page complies with the Payment Card Industry Data Security Standard (PCI DSS) and the Club Safety Code.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestFrontedPointerToList: "For the uses listed above, we rely on ..."
// points to the list the sentence already referred to ("items 1-2
// above"): it adds no item and no condition (E2). A new use beside the
// pointer is material, and so is the same phrase put before a sentence
// that pointed nowhere, which it limits.
func TestFrontedPointerToList(t *testing.T) {
	const doc = "# Dance school notice\n\n## Uses\n\nWe use pupils' details to:\n\n1. book lessons;\n2. take fees; and\n3. send newsletters, but only if you opt in.\n\n" +
		"## Legal bases\n\nWe rely on our contract with you (items 1–2 above) and your consent (item 3). We may share pupils' details with the county dance council.\n\n" +
		"## Contact\n\nWrite to the school office.\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{"We rely on our contract with you (items 1–2 above) and your consent (item 3).",
			"For the uses listed above, we rely on our contract with you (items 1–2) and your consent (item 3).", false},
		{"We rely on our contract with you (items 1–2 above) and your consent (item 3).",
			"For the uses listed above and for advertising, we rely on our contract with you (items 1–2) and your consent (item 3).", true},
		{"We may share pupils' details with the county dance council.",
			"For the uses listed above, we may share pupils' details with the county dance council.", true},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestBasesSentenceAsTable: a sentence pairing list items with legal
// bases ("our contract with you (items 1–2 above) and your consent (item
// 3)") set out as a table, a row per basis labelled with the items it
// covers, says what it said (E7, E8): the row labels name what those
// items are. A row that puts another basis on an item, or one whose
// label names a new recipient, is material.
func TestBasesSentenceAsTable(t *testing.T) {
	const doc = "# Garden centre notice\n\n## Uses\n\nWe use customers' details to:\n\n1. take orders and payments;\n2. arrange deliveries and answer questions; and\n3. send seasonal offers and garden club news, but only if you opt in.\n\n" +
		"## Legal bases\n\nWe rely on our contract with you (items 1–2 above) and your consent (item 3). You may withdraw your consent at any time.\n\n" +
		"## Contact\n\nWrite to the shop manager.\n"
	const from = "We rely on our contract with you (items 1–2 above) and your consent (item 3). You may withdraw your consent at any time."
	const head = "| Uses in section 1 | Legal basis |\n|---|---|\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{head + "| Items 1–2: orders, payments, deliveries, questions | Our contract with you |\n| Item 3: seasonal offers and garden club news | Your consent |\n\nYou may withdraw your consent at any time.", false},
		{head + "| Items 1–2: orders and deliveries | Our contract with you |\n| Item 3: seasonal offers | Our legitimate interests |\n\nYou may withdraw your consent at any time.", true},
		{head + "| Items 1–2: orders and deliveries | Our contract with you |\n| Item 3: seasonal offers, and selling your details to growers | Your consent |\n\nYou may withdraw your consent at any time.", true},
		{head + "| Items 1–2: orders and deliveries | Our contract with you |\n| Item 3: seasonal offers | Your consent |\n| Sharing your details with growers | Our legitimate interests |\n\nYou may withdraw your consent at any time.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestUsesReworded: a use statement whose purposes are joined by "or"
// and then by "and" ("to answer customers, or for internal purposes" →
// "to answer customers and for internal purposes") lists the same uses:
// "and"/"or" between purposes set no condition (E7). A degree said
// another way ("to better plan" → "to plan more carefully") and a style
// synonym ("bolster" → "strengthen") add nothing. Another purpose, a
// new use beside the degree, or "and"/"or" swapped between conditions
// is material.
func TestUsesReworded(t *testing.T) {
	const doc = "# Bakery notice\n\n## Use\n\n" +
		"We use the details we gather to improve our shop, to answer customers, or for other internal purposes. We use order details to better plan deliveries so that we can bolster our service. We use your photo on our wall only if you agree and you are over 16.\n\n" +
		"## Contact\n\nWrite to the bakery.\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{"We use the details we gather to improve our shop, to answer customers, or for other internal purposes.",
			"We use the details we gather to improve our shop. We also use them to answer customers and for other internal purposes.", false},
		{"We use the details we gather to improve our shop, to answer customers, or for other internal purposes.",
			"We use the details we gather to improve our shop. We also use them to answer customers and for advertising.", true},
		{"We use order details to better plan deliveries so that we can bolster our service.",
			"We use order details to plan deliveries more carefully, so that we can strengthen our service.", false},
		{"We use order details to better plan deliveries so that we can bolster our service.",
			"We use order details to plan deliveries more carefully, and to profile you, so that we can strengthen our service.", true},
		{"We use your photo on our wall only if you agree and you are over 16.",
			"We use your photo on our wall only if you agree or you are over 16.", true},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestItemPartInOwnWords: a part added to a list item when a sentence's
// series becomes bullets ("console data, such as the console model and
// the other games installed on your console") names a new thing, though
// the series said "game scores" (M5); the item written out with words of
// the series' own does not.
func TestItemPartInOwnWords(t *testing.T) {
	const from = "When you play, the app automatically collects this information: your game scores, the model of your console, and crash reports."
	const doc = "# Arcade app notice\n\n## What we collect\n\n" + from + "\n\n## Contact\n\nWrite to the arcade.\n"
	const lead = "When you play, the app automatically collects:\n\n- your game scores;\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{lead + "- console data, such as the model of your console; and\n- crash reports.", false},
		{lead + "- console data, such as the model of your console and the other games installed on it; and\n- crash reports.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestBanQualifiedByClause: in a reworded paragraph, a ban whose object
// gains a relative clause ("the loans that members make at the main
// branch") or a purpose ("to suggest new titles") bans only that part
// of what it did (M3), as a qualifier opened by a preposition does. A
// clause whose words the paragraph said already ("the loans that are
// recorded on your card", where each loan is) only says it again.
func TestBanQualifiedByClause(t *testing.T) {
	const from = "Members borrow books at any branch. Each loan is recorded on your card. We do not sell the loans. We do not analyse your reading history."
	const doc = "# Library notice\n\n## Loans\n\n" + from + "\n\n## Contact\n\nWrite to the library.\n"
	const lead = "You can borrow books at any branch, and each loan is recorded on your card. "
	for _, c := range []struct {
		to       string
		material bool
	}{
		{lead + "We do not sell the loans that are recorded on your card. We do not analyse your reading history.", false},
		{lead + "We do not sell the loans that members make at the main branch. We do not analyse your reading history.", true},
		{lead + "We do not sell the loans. We do not analyse your reading history to suggest books to members.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestConditionScopeMoved: a condition inside a list ("our timetable
// and, if you have opted in, reminder calls and newsletters") governs
// what follows it. An item now said ahead of it ("our timetable and
// reminder calls and, if you have opted in, newsletters") no longer
// waits for it (M4), and an item brought under it now does; items
// reordered under it, or the list reworded around it, change nothing.
func TestConditionScopeMoved(t *testing.T) {
	const from = "We send members our timetable and, if you have opted in, reminder calls and newsletters."
	const doc = "# Gym notice\n\n## Contact with members\n\n" + from + "\n\n## Contact\n\nWrite to the gym.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"We send members our timetable and, if you have opted in, newsletters and reminder calls.", false},
		{"We send members our timetable and reminder calls and, if you have opted in, newsletters.", true},
		{"We send members reminder calls and, if you have opted in, our timetable and newsletters.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestAtThisTime: "at this time" and "at the moment" say "currently",
// as "at present" does: a statement of how things are now, reworded,
// sets no term of its own (E7). A time that names an occasion ("at the
// time of checkout") limits when the statement holds (M3).
func TestAtThisTime(t *testing.T) {
	const from = "Our shop does not currently accept gift cards. We do not share your basket with partners."
	const doc = "# Shop notice\n\n## Payments\n\n" + from + "\n\n## Contact\n\nWrite to the shop.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Our shop does not accept gift cards at this time. We do not share your basket with partners.", false},
		{"Our shop does not accept gift cards at the moment. We do not share your basket with partners.", false},
		{"Our shop does not currently accept gift cards. We do not share your basket with partners at the time of checkout.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestQuestionParagraphOverAnswer: a question set as a paragraph of its
// own over the paragraph that answers it ("**Can I stop the newsletter?**"
// over "Yes. You can ...") states nothing: the answer does (E3). A
// question that takes for granted what the notice never said ("Will you
// still share my bookings with partners?") is no restatement.
func TestQuestionParagraphOverAnswer(t *testing.T) {
	const from = "You can stop our newsletter at any time with the link in each email.\n\nWe may still send you messages about your bookings. You cannot turn these off."
	const doc = "# Fitness app notice\n\n## Emails\n\n" + from + "\n\n## Contact\n\nWrite to the studio.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"**Can I stop your newsletter?**\n\nYes. You can stop our newsletter at any time with the link in each email.\n\n**Will I still hear from you after I stop it?**\n\nWe may still send you messages about your bookings. You cannot turn these off.", false},
		{"**Can I stop your newsletter?**\n\nYes. You can stop our newsletter at any time with the link in each email.\n\n**Will you still share my bookings with partners?**\n\nWe may still send you messages about your bookings. You cannot turn these off.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestQuestionsOverAnswers: a paragraph recast as questions and answers
// keeps what the answers say; the questions, and a bare "yes" that the
// answer says again, add nothing (E3). What the question holds is read
// with its answer: "What if you turn down my complaint?" over "You may
// ask the ombudsman" keeps the condition, and "How do I complain?" does
// not (M4). A changed answer is judged as ever (M12).
func TestQuestionsOverAnswers(t *testing.T) {
	const from = "We may change this notice at any time by posting it in the app. A change takes effect when it is posted. If a change is important, we will email you before it takes effect."
	const doc = "# Coffee club notice\n\n## Changes\n\n" + from + "\n\n## Contact\n\nWrite to the club.\n"
	const q = "*How can this notice change?* We may change it at any time by posting it in the app.\n\n*When does a change apply?* A change takes effect when it is posted.\n\n*Will you tell me about important changes?* "
	for _, c := range []struct {
		to       string
		material bool
	}{
		{q + "Yes. If a change is important, we will email you before it takes effect.", false},
		{q + "Yes. If a change is important, we will email you when it takes effect.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
	const from2 = "If we turn down your complaint, you may ask the ombudsman to review it. We will send our decision within 8 weeks."
	const doc2 = "# Savings bank notice\n\n## Complaints\n\n" + from2 + "\n\n## Contact\n\nWrite to the bank.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"### What if you turn down my complaint?\n\nYou may ask the ombudsman to review it. We will send our decision within 8 weeks.", false},
		{"### How do I complain?\n\nYou may ask the ombudsman to review it. We will send our decision within 8 weeks.", true},
	} {
		if got := classifyEdit(t, doc2, from2, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestBareAnswerSaidAgain: a bare "No." under a question heading, before a
// sentence that denies, says what that sentence says (E3); the fee the
// answer now charges is a change (M1).
func TestBareAnswerSaidAgain(t *testing.T) {
	const from = "We do not charge a fee for requests. We reply within 30 days."
	const doc = "# Credit union notice\n\n## Your requests\n\n" + from + "\n\n## Contact\n\nWrite to the credit union.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"### Will you charge me for a request?\n\nNo. We do not charge a fee for requests.\n\n### How long will it take?\n\nWe reply within 30 days.", false},
		{"### Will you charge me for a request?\n\nNo. We charge a fee only for repeated requests.\n\n### How long will it take?\n\nWe reply within 30 days.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestAnsweredLeadIn: "You can choose either of these:" under "Where can
// I bring a claim?" only leads the places the old sentence joined by
// "or" (E3); a place changed in the list is another venue (M11).
func TestAnsweredLeadIn(t *testing.T) {
	const from = "You may bring a claim in the courts of Denver, Colorado, or in the small claims court where you live."
	const doc = "# Car rental notice\n\n## Disputes\n\n" + from + "\n\n## Contact\n\nWrite to the rental desk.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"**Where can I bring a claim?**  \nYou can choose either of these:\n\n- the courts of Denver, Colorado; or\n- the small claims court where you live.", false},
		{"**Where can I bring a claim?**  \nYou can choose either of these:\n\n- the courts of Denver, Colorado; or\n- the courts of Cheyenne, Wyoming.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestLabelBecameQuestion: a list item's label that became a question
// heading over the item ("Members' rights:" → "### What can members ask
// for?") is read off the item (E3); a limit put on the item is not.
func TestLabelBecameQuestion(t *testing.T) {
	const from = "- **Members' rights:** a member can ask to see the data we hold about them, and ask us to correct it.\n- **Deleting your account:** any member can delete their account in the app."
	const doc = "# Climbing gym notice\n\n## Your choices\n\n" + from + "\n\n## Contact\n\nWrite to the gym.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"### What can members ask for?\n\nA member can ask to see the data we hold about them, and ask us to correct it.\n\n### How do I delete my account?\n\nAny member can delete their account in the app.", false},
		{"### What can members ask for?\n\nA member can ask to see the data we hold about them once a year, and ask us to correct it.\n\n### How do I delete my account?\n\nAny member can delete their account in the app.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestBarredListJoiner: a verb that keeps out what it names ("we block
// usernames with emails, phone numbers and rude words") bars each item, whether
// "and" or "or" joins them (E7); an item dropped from it is not (M5).
func TestBarredListJoiner(t *testing.T) {
	const from = "We filter usernames to block email addresses, phone numbers and rude words."
	const doc = "# Chess site notice\n\n## Usernames\n\n" + from + "\n\n## Contact\n\nWrite to the site.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Our filter blocks usernames that contain email addresses, phone numbers or rude words.", false},
		{"Our filter blocks usernames that contain email addresses or rude words.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestQuotedSectionPointer: a pointer that names a section of the notice
// in quotes ("as described under \"Questions or Complaints\" below")
// names a part of the notice, not a complaint route (E3); a team of that
// name offered beside the company is another route (M10).
func TestQuotedSectionPointer(t *testing.T) {
	const from = "You can correct your details by contacting us as indicated below."
	const doc = "# Pharmacy notice\n\n## Your details\n\n" + from + "\n\n## Questions or Complaints\n\nWrite to the pharmacy.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"You can correct your details by contacting us as described under \"Questions or Complaints\" below.", false},
		{"You can correct your details by contacting us or the \"Questions or Complaints\" team.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// editCases runs classifyEdit on each (to, material) pair of from in doc.
func editCases(t *testing.T, doc, from string, cases []struct {
	to       string
	material bool
}) {
	t.Helper()
	for _, c := range cases {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestConditionsNumberedInRow: two nested conditions turned into a table
// cell that numbers them ("(1) ...; and (2) ...") keep both (E7): the
// numbers count the conditions off and count nothing. The same cell
// joining them by "or" lets either suffice (M3).
func TestConditionsNumberedInRow(t *testing.T) {
	const from = "We may pass your account details to:\n\n" +
		"* Fraud agencies when we\n  * Receive a written request from a regulator, and\n  * Suspect that your card was used without your permission.\n" +
		"* Auditors who check our books.\n"
	const doc = "# Ledgerwell Bank notice\n\n## Disclosure\n\n" + from + "\n## Contact\n\nWrite to the branch.\n"
	const table = "We may pass your account details to the recipients in this table.\n\n| Recipient | Conditions |\n|---|---|\n" +
		"| Fraud agencies | When %s of the following %s true: (1) we receive a written request from a regulator; %s (2) we suspect that your card was used without your permission. |\n" +
		"| Auditors who check our books | — |\n"
	editCases(t, doc, from, []struct {
		to       string
		material bool
	}{
		{fmt.Sprintf(table, "both", "are", "and"), false},
		{fmt.Sprintf(table, "either", "is", "or"), true},
	})
}

// TestConditionsJoinedInLabelledParagraphs: a list of recipients written
// out as paragraphs under bold labels, each saying the lead-in again
// with "them" for what is shared ("We may share them with ..."), and a
// lead-in that points to the paragraphs by count, says the same (E7,
// E3). The same paragraphs joining two conditions by "or" where the
// list joined them by "and" are material (M3).
func TestConditionsJoinedInLabelledParagraphs(t *testing.T) {
	const from = "We may also share your account details with:\n\n" +
		"* Fraud agencies when we\n  * Receive a written request from a regulator, and\n  * Suspect that your card was used without your permission.\n" +
		"* Firms that we plan to merge with.\n"
	const doc = "# Ledgerwell Bank notice\n\n## Disclosure\n\n" + from + "\n## Contact\n\nWrite to the branch.\n"
	const prose = "We may also share your account details with the recipients described in the next two paragraphs.\n\n" +
		"**Fraud agencies.** We may share them with fraud agencies when we receive a written request from a regulator, %s we suspect that your card was used without your permission.\n\n" +
		"**Merger partners.** We may share them with firms that we plan to merge with.\n"
	editCases(t, doc, from, []struct {
		to       string
		material bool
	}{
		{fmt.Sprintf(prose, "and when"), false},
		{fmt.Sprintf(prose, "or when"), true},
	})
}

// TestRowLabelNamesLeadInNoun: a list of rights under "have the right
// to:" turned into a table whose first cells name each right ("Right to
// pause") says the same (E7, E3): the label says of its row what the
// lead-in said of the item. The same table with an exception added to
// a right is material (M4).
func TestRowLabelNamesLeadInNoun(t *testing.T) {
	const from = "Subscribers have the right to:\n\n- pause their plan;\n- export their workout history; and\n- close their account.\n"
	const doc = "# Pacewise app notice\n\n## Your rights\n\n" + from + "\n## Contact\n\nWrite to support.\n"
	const table = "Subscribers have these rights:\n\n| Right | What it lets you do |\n|---|---|\n" +
		"| Right to pause | Pause your plan |\n| Right to export | %s |\n| Right to close | Close your account |\n"
	editCases(t, doc, from, []struct {
		to       string
		material bool
	}{
		{fmt.Sprintf(table, "Export your workout history"), false},
		{fmt.Sprintf(table, "Export your workout history, except heart-rate data"), true},
	})
}

// TestExceptionColumn: a retention list turned into a table whose header
// names a column of exceptions keeps "unless" as a condition in that
// column ("Kept longer if ..."), and a period tied to what it measures
// ("expires after") as a column of its own (E7). The same table with
// the exception's cell left empty drops the exception (M4).
func TestExceptionColumn(t *testing.T) {
	const from = "- Call recordings: 90 days, unless we need them to settle a complaint.\n- Card statements: 6 years.\n"
	const doc = "# Ledgerwell Bank notice\n\n## How long we keep data\n\n" + from + "\n## Contact\n\nWrite to the branch.\n"
	const table = "| Record | How long we keep it | Reason or exception |\n|---|---|---|\n" +
		"| Call recordings | 90 days | %s |\n| Card statements | Six years | — |\n"
	editCases(t, doc, from, []struct {
		to       string
		material bool
	}{
		{fmt.Sprintf(table, "Kept longer if we need them to settle a complaint"), false},
		{fmt.Sprintf(table, "—"), true},
	})
}

// TestOnlyWithConsentCell: a cookie paragraph turned into a table whose
// "When we use it" cell says "Only with your consent" for the cookie the
// paragraph set "with your consent" keeps the same condition, and
// "expires after 6 months" is the "Expiry" column's "Six months" (E7).
// The same cell that sets the cookie unless the user turns it off makes
// consent an opt-out (M4).
func TestOnlyWithConsentCell(t *testing.T) {
	const from = "We use essential cookies to keep you logged in. With your consent, we also use a first-party statistics cookie that expires after 6 months. We do not use advertising cookies."
	const doc = "# Pacewise app notice\n\n## Cookies\n\n" + from + "\n\n## Contact\n\nWrite to support.\n"
	const table = "| Cookie | What it is for | When we use it | Expiry |\n|---|---|---|---|\n" +
		"| Essential cookies | Keeping you logged in | — | — |\n| First-party statistics cookie | Statistics | %s | Six months |\n\n" +
		"We do not use advertising cookies."
	editCases(t, doc, from, []struct {
		to       string
		material bool
	}{
		{fmt.Sprintf(table, "Only with your consent"), false},
		{fmt.Sprintf(table, "Unless you turn it off"), true},
	})
}

// TestSparedChoreCell: a purpose written as a table cell that opens with
// the verb ("Save you from entering your PIN") spares the same chore as
// "to save you from having to enter your PIN" (E7); a cell that makes
// the user do it no longer spares it (M1).
func TestSparedChoreCell(t *testing.T) {
	const from = "We may use your details as follows:\n\n* To save you from having to enter your PIN each time you log in\n* To answer your questions\n"
	const doc = "# Ledgerwell Bank notice\n\n## Use\n\n" + from + "\n## Contact\n\nWrite to the branch.\n"
	const table = "We may use your details in the ways listed in this table:\n\n| What we do with it | Why |\n|---|---|\n" +
		"| %s each time you log in | — |\n| Answer your questions | — |\n"
	editCases(t, doc, from, []struct {
		to       string
		material bool
	}{
		{fmt.Sprintf(table, "Spare you from entering your PIN"), false},
		{fmt.Sprintf(table, "Ask you to enter your PIN"), true},
	})
}

// TestProgramStandsForName: a purpose list turned into a table whose
// first cell names a program the item ran ("Trailpass | Running the
// program, ...") says the same (E7): "the program" stands for the name.
// The same row with a purpose added is material (M5).
func TestProgramStandsForName(t *testing.T) {
	const from = "We use personal information to:\n\n- run Trailpass, including awarding badges for your hikes;\n- prevent fraud, including by reviewing refunds.\n"
	const doc = "# Summitly app notice\n\n## Use\n\n" + from + "\n## Contact\n\nWrite to support.\n"
	const table = "We use personal information for the purposes in the table below.\n\n| Purpose | What this includes |\n|---|---|\n" +
		"| Trailpass | %s |\n| Fraud prevention | Preventing fraud, including by reviewing refunds |\n"
	editCases(t, doc, from, []struct {
		to       string
		material bool
	}{
		{fmt.Sprintf(table, "Running the program, including awarding badges for your hikes"), false},
		{fmt.Sprintf(table, "Running the program, including awarding badges for your hikes and profiling your routes"), true},
	})
}

// TestExamplesLeadIn: a list's lead-in that now gives the items as
// examples ("for purposes such as those in this table:") no longer
// limits the uses to those listed (M3); one that only points to the
// table ("in the ways listed in this table:") does (E7).
func TestExamplesLeadIn(t *testing.T) {
	const from = "You agree that we may use your details as follows:\n\n* To answer your questions\n* To send your statements\n"
	const doc = "# Ledgerwell Bank notice\n\n## Use\n\n" + from + "\n## Contact\n\nWrite to the branch.\n"
	const table = "You agree that we may use your details %s\n\n| What we do with it |\n|---|\n| Answer your questions |\n| Send your statements |\n"
	editCases(t, doc, from, []struct {
		to       string
		material bool
	}{
		{fmt.Sprintf(table, "in the ways listed in this table:"), false},
		{fmt.Sprintf(table, "for purposes such as those in this table:"), true},
	})
}

// TestSummaryBoxGoesOn: the sentences after the one that opens a summary
// box ("In short: ... We do not sell it.") go on summing up the section,
// as the first does (E8), whether the box is added on its own or beside
// the section's paragraph rewritten; a sentence of the box that says
// something the section does not, or a reply time other than the
// section's, is material.
func TestSummaryBoxGoesOn(t *testing.T) {
	const body = "We store the workouts and heart-rate readings you record in the app. " +
		"We do not sell your workout data. We answer questions about your data within 30 days.\n"
	const doc = "# Fitness app notice\n\n## Your workout data\n\n" + body + "\n## Contact\n\nWrite to the app team.\n"
	const box = "> **In short:** we store the workouts and heart-rate readings you record. "
	for _, c := range []struct {
		to       string
		material bool
	}{
		{box + "We do not sell it. We answer within 30 days.\n\n" + body, false},
		{box + "We do not sell it. We answer within 45 days.\n\n" + body, true},
		{box + "We share it with insurers. We answer within 30 days.\n\n" + body, true},
		// The paragraph reworded below the box.
		{box + "We do not sell it.\n\nThe workouts and heart-rate readings you record in the app are stored by us. " +
			"Your workout data is not sold. We answer questions about your data within 30 days.\n", false},
		{box + "We do not sell it.\n\nThe workouts and heart-rate readings you record in the app are stored by us. " +
			"Your workout data is not sold. We answer questions about your data within 60 days.\n", true},
	} {
		if got := classifyEdit(t, doc, body, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestSummaryUnderItsHeading: a summary set under a heading of its own
// ("## At a glance") sums up the part of the notice the heading is set
// in, the sections below it and their lists included (E8); one that adds
// a right or a reply time the notice does not give is material.
func TestSummaryUnderItsHeading(t *testing.T) {
	const doc = "# Bank notice\n\nThis notice covers our current and savings accounts.\n\n" +
		"## Your records\n\nCustomers of our branches can ask us to:\n\n- see their account records;\n- correct them; or\n- delete them.\n\n" +
		"## Contact\n\nWrite to the bank.\n"
	const from = "This notice covers our current and savings accounts.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{from + "\n## At a glance\n\n- Customers of our branches can ask us to see, correct or delete their account records.\n", false},
		{from + "\n## At a glance\n\n- Customers of our branches can ask us to see, correct, delete or transfer their account records.\n", true},
		{from + "\n## At a glance\n\n- Customers of our branches can ask us to see, correct or delete their account records within 10 days.\n", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestSummaryNamesListBelow: a summary that calls the items a section
// lists "the parties listed below" names them whatever word it uses
// (E8); one that adds a party of its own beside them is material.
func TestSummaryNamesListBelow(t *testing.T) {
	const body = "We give your order details only to:\n\n- the payment processor; and\n- the courier that delivers your order.\n"
	const doc = "# Florist notice\n\n## Who gets your details\n\n" + body + "\n## Contact\n\nWrite to the shop.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"In short: we give your order details only to the parties listed below.\n\n" + body, false},
		{"In short: we give your order details only to the parties listed below and to florists nearby.\n\n" + body, true},
	} {
		if got := classifyEdit(t, doc, body, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestLeadInSplitFromItsParagraph: a sentence's list split into a
// lead-in, which stays at the end of the paragraph before it, and items
// below is one statement: the lead-in's words are not a new practice
// and a short item is not an added one. An item that is really new or
// gone, however short, is M5 or M14.
func TestLeadInSplitFromItsParagraph(t *testing.T) {
	const from = "## Security\n\nWe keep your savings records on our servers in Ireland. " +
		"We guard your savings records with reasonable technical measures in an effort to reduce the risk of loss. " +
		"Some of the safeguards we use are firewalls and vault encryption, locked server rooms, and staff access controls. No system is perfect."
	const doc = "# Lenderly notice\n\n" + from + "\n\n## Contact\n\nWrite to help@example.com.\n"
	split := func(lead string, items ...string) string {
		return "## Security\n\n### Where records are kept\n\nYour savings records are kept on our servers in Ireland.\n\n### How we guard them\n\n" +
			"We guard your savings records with reasonable technical measures, with the aim of reducing the risk of loss. " + lead + "\n\n- " +
			strings.Join(items, "\n- ") + "\n\n### Limits\n\nNo system is perfect."
	}
	// The heading renamed, each safeguard its own item.
	renamed := func(items ...string) string {
		return "## Keeping your records secure\n\nWe keep your savings records on our servers in Ireland.\n\n" +
			"We guard your savings records with reasonable technical measures in an effort to reduce the risk of loss. Some of the safeguards we use are:\n\n- " +
			strings.Join(items, "\n- ") + "\n\nNo system is perfect."
	}
	for _, c := range []struct {
		to       string
		material bool
	}{
		{split("Amongst the safeguards we employ are:", "firewalls and vault encryption;", "locked server rooms; and", "staff access controls."), false},
		{split("Amongst the safeguards we employ are:", "firewalls and vault encryption;", "two-factor sign-in for staff;", "locked server rooms; and", "staff access controls."), true},
		{split("Amongst the safeguards we employ are:", "firewalls and vault encryption; and", "staff access controls."), true},
		{renamed("firewalls;", "vault encryption;", "locked server rooms; and", "staff access controls."), false},
		{renamed("firewalls;", "locked server rooms; and", "staff access controls."), true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestCountingLeadInUnderRenamedHeading: a lead-in that counts the items
// below it ("in three ways:") in words the section already says, under
// a heading that was only renamed, names the list (E3); one that counts
// fewer items, one dropped, is M14.
func TestCountingLeadInUnderRenamedHeading(t *testing.T) {
	const from = "## Keeping data safe\n\nWe encrypt workouts sent between the watch and our servers, limit access to the coaches who need it, and review our partners' security before we work with them."
	const doc = "# Stridewell notice\n\n" + from + " No system is perfectly secure, but we work hard to protect members' data.\n\n## Contact\n\nWrite to help@example.org.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"## How we keep data safe\n\nWe protect members' data in three ways:\n\n- workouts travelling between the watch and our servers are encrypted;\n" +
			"- only coaches who need access to data can get it; and\n- we check a partner's security before we start working with them.\n\n", false},
		{"## How we keep data safe\n\nWe protect members' data in two ways:\n\n- workouts travelling between the watch and our servers are encrypted; and\n" +
			"- only coaches who need access to data can get it.\n\n", true},
	} {
		if got := classifyEdit(t, doc, from+" ", c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestConditionMovedIntoLeadIn: a condition a sentence opened with that
// becomes the opening of the lead-in over it ("If you are unhappy, these
// are your options:") still holds for the item: it moved, nothing was
// dropped. A lead-in whose condition differs changes when the item
// applies (M4).
func TestConditionMovedIntoLeadIn(t *testing.T) {
	const from = "If you are unhappy with us, please write to complaints@example.com first and we will try to put it right. " +
		"You may also take your complaint to the banking ombudsman."
	const doc = "# Lenderly notice\n\n## Complaints\n\n" + from + "\n\n## Contact\n\nWrite to help@example.com.\n"
	items := "\n\n- **Write to us.** Please write to complaints@example.com first and we will try to put it right.\n" +
		"- **The ombudsman.** You may also take your complaint to the banking ombudsman."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"If you are unhappy with us, these are your options:" + items, false},
		{"If you are unhappy with a fee, these are your options:" + items, true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestWithoutLimitation: "without limitation" keeps a list open, as "(but
// is not limited to)" does; it excepts nothing (E7). A "without" that
// drops a condition ("without asking you") is M4.
func TestWithoutLimitation(t *testing.T) {
	const from = "While you train, we may record details automatically. These details may include (but may not be limited to): heart rate, step count and route."
	const doc = "# Stridewell notice\n\n## What we record\n\n" + from + "\n\n## Contact\n\nWrite to help@example.org.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"While you train, we may automatically record details, which may include, without limitation:\n\n- heart rate;\n- step count; and\n- route.", false},
		{"While you train, we may automatically record details without asking you, which may include:\n\n- heart rate;\n- step count; and\n- route.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestDefinitionsMovedToTheirOwnPart: terms defined in place ("Fernhill
// Savings plc ("Fernhill", "we", "us")", "Members who join ("Members")
// give ... ("Member Details")") and moved into a list of definitions
// leave sentences that say the same with the terms, and a pointer to
// where they are defined (E2): nothing changed. A definition that now
// names another company (M10), or a sentence that adds an item to what
// the terms say (M5), changes the notice.
func TestDefinitionsMovedToTheirOwnPart(t *testing.T) {
	const doc = "# Fernhill notice\n\nThis notice explains how Fernhill Savings plc (\"Fernhill\", \"we\", \"us\") handles your information when you use our gym.\n\n" +
		"## Membership\n\nPeople who join the gym (\"Members\") give us their name, photo and emergency contact (\"Member Details\"). We keep Member Details on our own servers.\n\n" +
		"## Contact\n\nWrite to help@example.com.\n"
	const from = "This notice explains how Fernhill Savings plc (\"Fernhill\", \"we\", \"us\") handles your information when you use our gym.\n\n" +
		"## Membership\n\nPeople who join the gym (\"Members\") give us their name, photo and emergency contact (\"Member Details\")."
	defs := func(company, use string) string {
		return "This notice explains how Fernhill handles your information when you use our gym.\n\n## Definitions\n\nIn this notice:\n\n" +
			"- **\"Fernhill\", \"we\" and \"us\"** mean " + company + ".\n" +
			"- **\"Members\"** means the people who join the gym.\n" +
			"- **\"Member Details\"** means the name, photo and emergency contact that Members give us.\n\n" +
			"## Membership\n\n" + use
	}
	for _, c := range []struct {
		to       string
		material bool
	}{
		{defs("Fernhill Savings plc", "Members give us Member Details, as defined above."), false},
		{defs("Fernhill Savings plc", "Members give us Member Details (both terms are explained under \"Definitions\" above)."), false},
		{defs("Fernhill Holdings Ltd", "Members give us Member Details, as defined above."), true},
		{defs("Fernhill Savings plc", "Members give us Member Details and their fingerprints, as defined above."), true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestPartyClauseDroppedInSplit: a relative clause that says which of a
// party a statement covers ("the employees who need it") limits who may
// see the data. A sentence of joined measures written out as a list
// keeps the limit when an item keeps the clause, and drops it when the
// item names the party bare (M3), wherever the item sits in the list.
func TestPartyClauseDroppedInSplit(t *testing.T) {
	const from = "We encrypt statements in transit, restrict access to the employees who need it, and audit our vendors every year."
	const doc = "# Bank notice\n\n## Protecting your statements\n\n" + from + " No bank is immune to attack.\n\n## Contact\n\nWrite to the bank.\n"
	const lead = "What we do to protect statements:\n\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{lead + "1. We encrypt statements in transit.\n2. We restrict access to the employees who need it.\n3. Every year, we audit our vendors.\n\n", false},
		{lead + "1. We encrypt statements in transit.\n2. We restrict access to our employees.\n3. Every year, we audit our vendors.\n\n", true},
		{lead + "1. We restrict access to employees.\n2. We encrypt statements in transit.\n3. Every year, we audit our vendors.\n\n", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
	// A recipient's limit goes the same way: "partners that you approve".
	const share = "We send your scans to the clinics that you approve, keep them for a year, and delete them on request."
	const doc2 = "# Imaging notice\n\n## Your scans\n\n" + share + "\n\n## Contact\n\nWrite to us.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"- We send your scans to the clinics that you approve.\n- We keep them for a year.\n- We delete them on request.\n", false},
		{"- We send your scans to clinics.\n- We keep them for a year.\n- We delete them on request.\n", true},
	} {
		if got := classifyEdit(t, doc2, share, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestAcronymForSpelledOutWords: an acronym in capitals in the place of
// the words whose initials it is ("HRV" for "heart rate variability")
// names the same thing (E7), with no brackets to introduce it; a data
// item added beside it is still one more (M5).
func TestAcronymForSpelledOutWords(t *testing.T) {
	const from = "We use heart rate variability readings to suggest rest days."
	const doc = "# Fitness app notice\n\n## Training data\n\n" + from + " We do not sell your readings.\n\n## Contact\n\nWrite to us.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"We use HRV readings to suggest rest days.", false},
		{"**Heart rate variability.** If your watch sends HRV readings, we use them to suggest rest days.", false},
		{"We use HRV readings and sleep logs to suggest rest days.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestBritishWordForms: "adverts" are "ads", "we shall" promises what
// "we will" does, "on the basis of" is "based on" and "alone" after what
// a decision rests on is "solely" (E7). A hedge, a dropped "alone" or a
// further item still count.
func TestBritishWordForms(t *testing.T) {
	const from = "Our radio app is free to use and plays ads. On the kids' channel, ads are chosen by genre only: they are picked based on the station, not on anything we know about the listener, and our ad partners check them to make sure they suit children. Subscribers can remove all ads with a one-time payment."
	const doc = "# Radio notice\n\n## Ads\n\n" + from + "\n\n## Requests\n\nWe will answer requests within 30 days. We do not make decisions about a loan of equipment based solely on an automated score.\n\n## Contact\n\nWrite to us.\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{from, "Our radio app is free-to-use and plays adverts. On the kids' channel, adverts are chosen by genre only; they're picked based on the station, not on anything we know about the listener, and our ad partners check them to make sure they suit children. Subscribers can remove all adverts with a one-off payment.", false},
		{from, "Our radio app is free-to-use and plays adverts and location-based offers. On the kids' channel, adverts are chosen by genre only; they're picked based on the station, not on anything we know about the listener, and our ad partners check them to make sure they suit children. Subscribers can remove all adverts with a one-off payment.", true},
		{"We will answer requests within 30 days.", "We shall answer requests within 30 days.", false},
		{"We will answer requests within 30 days.", "We shall try to answer requests within 30 days.", true},
		{"We do not make decisions about a loan of equipment based solely on an automated score.", "No decision about a loan of equipment is taken by us on the basis of an automated score alone.", false},
		{"We do not make decisions about a loan of equipment based solely on an automated score.", "No decision about a loan of equipment is taken by us on the basis of an automated score.", true},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestSectionTitleReference: the title of a section of the notice, given
// where a sentence points to it ("the details under “Questions and
// Requests” below"), names a part of the notice (E2), not a party or a
// practice; a company named there is a party (M10).
func TestSectionTitleReference(t *testing.T) {
	const from = "You may be able to correct your loan record by contacting us as indicated below. We will attempt to reply within 30 days."
	const doc = "# Lender notice\n\n## Your records\n\n" + from + "\n\n## Questions and Requests\n\nWrite to Example Lending, 1 Main Street.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"You may be able to correct your loan record by contacting us using the details set out under “Questions and Requests” below. We will attempt to reply within 30 days.", false},
		{"You may be able to correct your loan record by contacting Ledgerline Collections using the details set out under “Questions and Requests” below. We will attempt to reply within 30 days.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestConnectiveAndWishes: "Accordingly" joins a statement to the one
// before it (E7), no list item; "a pupil might want to" says what the
// pupil may wish, no hedge (E7). A place added beside it, or a "may"
// that permits, still counts.
func TestConnectiveAndWishes(t *testing.T) {
	const from = "Our servers are in Canada. If you sign in from abroad, your workouts are sent to and kept in Canada."
	const doc = "# Fitness app notice\n\n## Where data goes\n\n" + from + "\n\n## Contact\n\nWrite to us.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Our servers are in Canada. Accordingly, if you sign in from abroad, your workouts are sent to, and kept in, Canada.", false},
		{"Our servers are in Canada. Accordingly, if you sign in from abroad, your workouts are sent to, and kept in, Canada and Brazil.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
	const wish = "We need a guardian's consent before a pupil under 16 can use any feature that would send their work to tutors, such as homework review."
	const doc2 = "# Tutoring notice\n\n## Pupils\n\n" + wish + "\n\n## Contact\n\nWrite to us.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"A pupil under 16 might want to use features, such as homework review, that would send their work to tutors. Before a pupil can use any of them, we need a guardian's consent.", false},
		{"A pupil under 16 may use features, such as homework review, that would send their work to tutors. Before a pupil can use any of them, we need a guardian's consent.", true},
	} {
		if got := classifyEdit(t, doc2, wish, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestValueMovedToHeading: an age that an item stated and that the
// heading now over it states ("### For members 16 and older") is said
// once, above what it covers (E3, E7); under a heading with another
// age, the item covers other members (M6).
func TestValueMovedToHeading(t *testing.T) {
	const from = "We use your data to:\n\n- log your workouts;\n- suggest routes; and\n- for members 16 and older, show sponsored challenges, which may be tailored if the member allows it.\n"
	const doc = "# Fitness app notice\n\n## How we use data\n\n" + from + "\n## Contact\n\nWrite to us.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"### For every member\n\nWe use your data to:\n\n- log your workouts; and\n- suggest routes.\n\n### For members 16 and older\n\nWe also use your data to show sponsored challenges. These challenges may be tailored if the member allows it.\n", false},
		{"### For every member\n\nWe use your data to:\n\n- log your workouts; and\n- suggest routes.\n\n### For members 13 and older\n\nWe also use your data to show sponsored challenges. These challenges may be tailored if the member allows it.\n", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestLabelNamesItsTopic: a label put before a list item ("**Data
// residency:**") whose kind of practice the item's text states, by a
// word of that kind or by naming a place, names the item's topic as a
// heading does (E3); a place swapped in the item is still M8.
func TestLabelNamesItsTopic(t *testing.T) {
	const from = "Members on our Family plan can choose to keep their photos in our Toronto, Canada region. We back up photos every night."
	const doc = "# Photo app notice\n\n## Where photos are kept\n\n" + from + "\n\n## Contact\n\nWrite to us.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"- **Photo residency:** members on our Family plan may choose to store their photos in our region in Toronto, Canada.\n- We back up photos every night.\n", false},
		{"- **Photo residency:** members on our Family plan may choose to store their photos in our region in Sydney, Australia.\n- We back up photos every night.\n", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestNoticeCallsItselfAnotherName: the notice naming itself by another
// of its names ("This Privacy Statement" → "This Privacy Notice") names
// the same document (E1); the statement made part of another company's
// policy names a party (M10).
func TestNoticeCallsItselfAnotherName(t *testing.T) {
	const from = "This Privacy Statement forms part of our Membership Terms."
	const doc = "# Gym notice\n\n## About this statement\n\n" + from + "\n\n## Contact\n\nWrite to us.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"This Privacy Notice forms part of our Membership Terms.", false},
		{"Our privacy policy forms part of our Membership Terms.", false},
		{"This Privacy Statement forms part of the Brightline Partner Terms.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestOccasionsTheNoticeCovers: a statement of what the notice covers
// that lists occasions ("when you visit the site, use our phone and
// watch apps, or call the help line") covers each of them: "and" and
// "or" between them say the same, and a description of the company
// reworded beside it says nothing of the notice (E7); an occasion
// dropped from the list leaves it out of the notice (M13).
func TestOccasionsTheNoticeCovers(t *testing.T) {
	const from = "Stridewell is a step-counting, route planning and coaching app for runners. This notice explains how Stridewell Ltd handles personal information when you visit example.com, use our phone and watch apps, or call our help line."
	const doc = "# Running app notice\n\n" + from + "\n\n## What we collect\n\nWe collect your runs and your heart rate.\n\n## Contact\n\nWrite to us.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Stridewell helps runners count steps, plan routes and get coaching. This notice sets out how Stridewell Ltd handles personal information when you visit example.com, use our phone or watch apps, or call our help line.", false},
		{"Stridewell helps runners count steps, plan routes and get coaching. This notice sets out how Stridewell Ltd handles personal information when you visit example.com or use our phone app.", true},
		{"Stridewell is a step-counting, route planning and coaching app for runners. This notice explains how Stridewell Ltd handles personal information when you visit example.com, use our phone apps, or call our help line.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestRowLabelMatchesItemLabel: a list of choices turned into a table
// whose first column repeats each item's label ("**Statements:**" →
// "| Statements | ... |") names the same thing on both sides
// (E3, E7); a way to make a choice dropped from a row in the same
// rewrite is still gone (M14).
func TestRowLabelMatchesItemLabel(t *testing.T) {
	const from = "- **Statements:** call us at 555-0100 or use the settings page in online banking.\n- **Offers by post:** write to the branch.\n"
	const doc = "# Bank notice\n\n## Your choices\n\nYou can stop the following:\n\n" + from + "\n## Contact\n\nWrite to us.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"| What to stop | How |\n|---|---|\n| Statements | Call us at 555-0100 or use the settings page in online banking. |\n| Offers by post | Write to the branch. |\n", false},
		{"| What to stop | How |\n|---|---|\n| Statements | Call us at 555-0100. |\n| Offers by post | Write to the branch. |\n", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestSummaryListUnderBareMarker: a list set under a line that is only
// "**In short**" goes on a summary, and a line of it that restates the
// notice, in the words of its headings or with a pointer to a part by
// name, is E8; a line that states a practice the notice does not is M5.
func TestSummaryListUnderBareMarker(t *testing.T) {
	const from = "Ridgeway Fitness runs a workout app."
	const doc = "# Ridgeway Fitness privacy notice\n\n" + from + "\n\n## Information we collect\n\n### When you log a workout\n\n- The route, distance and duration of each workout.\n\n### From your watch\n\n- Heart rate readings, if you pair a watch.\n\n## Your choices\n\n- **Route sharing:** turn it off in the app.\n- **Reminders:** switch them off in your profile.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{from + "\n\n**In short**\n\n- We collect information when you log a workout and from your watch.\n- You can turn off route sharing and reminders, as described under \"Your choices\".\n", false},
		{from + "\n\n**In short**\n\n- We collect information when you log a workout and from your watch.\n- We sell your routes to insurers.\n", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestSummaryParaphrasedRights: a summary box may name the rights to
// access, correct and port data as the rights to see, fix and move it,
// and an exception the section makes of the same words (E8); an
// exception the section does not make is not a summary of it (M5).
func TestSummaryParaphrasedRights(t *testing.T) {
	const from = "You have the right to access, correct and port your account data, except for records of card disputes. We reply within 30 days."
	const doc = "# Harbour Bank privacy notice\n\n## Your rights\n\n" + from + "\n\n## Contact\n\nWrite to us.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"> **In short:** you can see, correct or move your account data, except records of card disputes.\n\n" + from, false},
		{"> **In short:** you can see, correct or move your account data, except records of loans.\n\n" + from, true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestClauseAppendedInRewrite: a sentence kept word for word with a
// clause of new words put on its end states something more (M5), even
// when the rest of its paragraph is rewritten into a list that says the
// same (E7).
func TestClauseAppendedInRewrite(t *testing.T) {
	const from = "Our app uses local storage to keep you signed in, save your playlists and measure which features are used. We honour opt-out signals sent by your browser as a request not to share your listening history."
	const doc = "# Tunebarn privacy notice\n\n## Local storage\n\n" + from + "\n\n## Contact\n\nWrite to us.\n"
	const list = "Local storage helps our app:\n\n- keep you signed in;\n- save your playlists; and\n- measure which features are used.\n\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{list + "We honour opt-out signals sent by your browser as a request not to share your listening history.", false},
		{list + "We honour opt-out signals sent by your browser as a request not to share your listening history, and when we detect one we also switch off crash reporting for that device.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestConditionInRecastParagraph: a paragraph recast as a sentence and
// list items, or restyled in place, keeps its statements (E7); a
// condition on the user's state that none of its sentences spoke of ("while
// you hold a savings account with us") now limits a choice, however the
// sentence carrying it was recast (M4).
func TestConditionInRecastParagraph(t *testing.T) {
	const from = "We send statements by email and by post, and we remind you of payments that are due. We do not pass your balance to credit agencies. We stop sending offers by text message as soon as you reply STOP."
	const doc = "# Bank notice\n\n## Messages\n\n" + from + "\n\n## Contact\n\nWrite to us.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Statements are sent by email and by post, and we remind you of payments that are due.\n\n- We do not pass your balance to credit agencies.\n- Offers by text message stop as soon as you reply STOP.\n", false},
		{"Statements are sent by email and by post, and we remind you of payments that are due.\n\n- We do not pass your balance to credit agencies.\n- While you hold a savings account with us, offers by text message stop as soon as you reply STOP.\n", true},
		{"We send statements by email and by post, and we remind you of any payments that are due. We do not pass your balance on to credit agencies. We stop sending offers by text message as soon as you reply STOP.", false},
		{"We send statements by email and by post, and we remind you of any payments that are due. We do not pass your balance on to credit agencies. We stop sending offers by text message as soon as you reply STOP, while you hold a savings account with us.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestConditionDroppedFromSplitSentence: a sentence split into a
// statement and a lead-in over items keeps its legal condition in an
// item (E7); with the condition in no item, the promise it limited now
// holds every time (M4).
func TestConditionDroppedFromSplitSentence(t *testing.T) {
	const from = "If we change the notice, we will post it here. If a change concerns how we use pupils' marks, we will ask guardians to agree again where local law requires it, and we will email each school before the change applies."
	const doc = "# School app notice\n\n## Changes\n\n" + from + "\n\n## Contact\n\nWrite to us.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"When we change the notice, we will post it here.\n\nSome changes concern how we use pupils' marks. For those changes, we will:\n\n- email each school before the change applies; and\n- ask guardians to agree again where local law requires it.\n", false},
		{"When we change the notice, we will post it here.\n\nSome changes concern how we use pupils' marks. For those changes, we will:\n\n- email each school before the change applies; and\n- ask guardians to agree again.\n", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestConditionScopeWithPronoun: a condition inside a list item that now
// names what it governs by a pronoun ("if you have opted in to them")
// is the same condition; a thing said ahead of it no longer waits for
// it (M4), one it still governs does (E7).
func TestConditionScopeWithPronoun(t *testing.T) {
	const from = "We use your workout data to:\n\n- plan your weekly training sessions;\n- share your results with your coach and, if you have opted in, your club and your sponsor; and\n- keep the app secure.\n"
	const doc = "# Fitness app notice\n\n## How we use data\n\n" + from + "\n## Contact\n\nWrite to us.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"We use your workout data for these purposes:\n\n- **Training:** planning your weekly training sessions.\n- **Sharing:** sharing your results with your coach and, if you have opted in to them, your club and your sponsor.\n- **Security:** keeping the app secure.\n", false},
		{"We use your workout data for these purposes:\n\n- **Training:** planning your weekly training sessions.\n- **Sharing:** sharing your results with your coach and your club and, if you have opted in to them, your sponsor.\n- **Security:** keeping the app secure.\n", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestLeadInAnswersQuestion: a lead-in that answers the question set over it
// ("Who do you disclose it to? Only to these recipients:") is the answer,
// not a label: its "only" limits the list as the sentence's did (E7). An
// answer without it no longer limits the list (M3).
func TestLeadInAnswersQuestion(t *testing.T) {
	const from = "We do not sell your account data.\n\nWe disclose account data only to:\n"
	const doc = "# Bank notice\n\n## Disclosures\n\n" + from + "\n- **Card networks** that process your payments.\n- **Auditors** under a duty of confidentiality.\n\n## Contact\n\nWrite to us.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"**Do you sell my account data?**\nNo. We do not sell it.\n\n**Who do you disclose it to?**\nOnly to these recipients:\n", false},
		{"**Do you sell my account data?**\nNo. We do not sell it.\n\n**Who do you disclose it to?**\nTo these recipients:\n", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestRequiredByLaw: "if we are required by law to send them" states the
// legal duty "when we are required to do so by law" states (E7); a
// permission in its place is a wider ground (M2).
func TestRequiredByLaw(t *testing.T) {
	const from = "We send statements to tax offices when we are required to do so by law."
	const doc = "# Bank notice\n\n## Disclosures\n\n" + from + "\n\n## Contact\n\nWrite to us.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"We send statements to tax offices if we are required by law to send them.", false},
		{"We send statements to tax offices if we may do so by law.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestHeaderModalAndItemLabel: a list of choices turned into a table
// whose header says who "can" use each ("Choice | Who can use it | How")
// keeps the list's "can", and an item's label ("**Coach notes:**") that
// names the kind of right the row states names its item as a heading
// does (E7); a different age or deadline in a row is M6.
func TestHeaderModalAndItemLabel(t *testing.T) {
	const from = "- **Route privacy:** members 16 and older can hide their routes in **Settings › Privacy** at any time.\n" +
		"- **Coaching rights:** a member can ask to access the notes coaches keep about them, ask us to delete them, and refuse to allow further notes. Email help@example.com. We answer within 14 days.\n"
	const doc = "# Fitness app notice\n\n## Your choices\n\n" + from + "\n## Contact\n\nWrite to us.\n"
	const table = "| Choice | Who can use it | How it works |\n|---|---|---|\n" +
		"| Hide your routes | Members 16 and older | At any time, in **Settings › Privacy**. |\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{table + "| Ask to access the notes coaches keep about you, ask us to delete them, or refuse to allow further notes | Members | Email help@example.com. We answer within 14 days. |\n", false},
		{table + "| Ask to access the notes coaches keep about you, ask us to delete them, or refuse to allow further notes | Members | Email help@example.com. We answer within 30 days. |\n", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestImpliedRecipient: a recipient table whose first cell names the
// party an item disclosed to without naming it, a body that applies the
// law for what the law requires and the buyer in an acquisition, restates
// the item (E7); a recipient of another kind in that cell is new (M7).
func TestImpliedRecipient(t *testing.T) {
	const from = "- **Card networks** that process your payments.\n" +
		"- **Legal reasons:** when required by law or to protect our customers from fraud.\n" +
		"- **Bank mergers:** as part of a merger or acquisition of the bank, subject to this notice.\n"
	const doc = "# Bank notice\n\n## Who receives account data\n\n" + from + "\n## Contact\n\nWrite to us.\n"
	const head = "We disclose account data as set out in this table.\n\n| Recipient | What we disclose and why |\n|---|---|\n" +
		"| Card networks | Networks that process your payments. |\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{head + "| Courts and others, for legal reasons | When required by law or to protect our customers from fraud. |\n" +
			"| Buyers in bank mergers | As part of a merger or acquisition of the bank, subject to this notice. |\n", false},
		{head + "| Advertisers, for legal reasons | When required by law or to protect our customers from fraud. |\n" +
			"| Buyers in bank mergers | As part of a merger or acquisition of the bank, subject to this notice. |\n", true},
		{head + "| Courts and others, for legal reasons | When required by law or to protect our customers from fraud. |\n" +
			"| Insurers in bank mergers | As part of a merger or acquisition of the bank, subject to this notice. |\n", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// prosePairs runs editorial and material twins of an edit of from in doc.
func prosePairs(t *testing.T, doc, from string, cases []struct {
	to       string
	material bool
}) {
	t.Helper()
	for _, c := range cases {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestListAsParagraphs: a list written out as paragraphs keeps what
// it said. A period spelled in words is no item added to a list (E6); a
// list with no lead-in is read under its heading ("How we share
// information" over "Card processors that ..."); a corporate event an
// item named ("as part of a merger or acquisition") may be told as a
// condition and named again ("that deal"). A different period, a sale,
// or another kind of event is still material.
func TestListAsParagraphs(t *testing.T) {
	const keep = "- Workout history is kept while your account is open.\n- Heart-rate data is kept for 90 days.\n- Payment records are kept for 7 years.\n- Support chats are kept for 24 months.\n"
	prosePairs(t, "# Fitness app notice\n\n## How long we keep data\n\n"+keep+"\n## Contact\n\nWrite to us.\n", keep, []struct {
		to       string
		material bool
	}{
		{"We keep workout history while your account is open. Heart-rate data is kept for 90 days and support chats for two years. Payment records are kept for seven years.\n", false},
		{"We keep workout history while your account is open. Heart-rate data is kept for 90 days and support chats for three years. Payment records are kept for seven years.\n", true},
	})
	const share = "- **Card processors** that authorise payments and print cards.\n- **Legal reasons:** when a court orders it.\n- **Business transfers:** as part of a merger, acquisition or sale of some or all of our banking business, subject to this notice.\n"
	prosePairs(t, "# Bank privacy notice\n\n## How we share information\n\n"+share+"\nWe do not sell personal information.\n\n## Contact\n\nWrite to us.\n", share, []struct {
		to       string
		material bool
	}{
		{"We share personal information with card processors that authorise payments and print cards.\n\nWe also share personal information when a court orders it. If we merge, are acquired, or sell some or all of our banking business, personal information may be disclosed as part of that deal, subject to this notice.\n", false},
		{"We sell personal information to card processors that authorise payments and print cards.\n\nWe also share personal information when a court orders it. If we merge, are acquired, or sell some or all of our banking business, personal information may be disclosed as part of that deal, subject to this notice.\n", true},
		{"We share personal information with card processors that authorise payments and print cards.\n\nWe also share personal information when a court orders it. If we merge, are acquired, go bankrupt, or sell some or all of our banking business, personal information may be disclosed as part of that deal, subject to this notice.\n", true},
	})
}

// TestProseLeadIns: a lead-in put over a list that only titles it ("How
// reminders work depends on your plan:", "For every member, we use ...")
// says nothing of its own (E3); one that narrows whom the list covers or
// hedges it does (M3, M2).
func TestProseLeadIns(t *testing.T) {
	const uses = "We use your data to:\n\n- log your workouts; and\n- suggest routes.\n"
	prosePairs(t, "# Fitness app notice\n\n## How we use data\n\n"+uses+"\n## Contact\n\nWrite to us.\n", uses, []struct {
		to       string
		material bool
	}{
		{"For all members, we use your data to:\n\n- log your workouts; and\n- suggest routes.\n", false},
		{"For paying members, we use your data to:\n\n- log your workouts; and\n- suggest routes.\n", true},
	})
	const reminders = "Members under 16 get one weekly reminder. Members 16 and older can set daily reminders; we send them by push notification.\n"
	const items = "\n\n- **Under 16:** members get one weekly reminder.\n- **16 and older:** members can set daily reminders, which we send by push notification.\n"
	prosePairs(t, "# Fitness app notice\n\n## Reminders\n\n"+reminders+"\n## Children\n\nNobody under the age of 13 may sign up.\n", reminders, []struct {
		to       string
		material bool
	}{
		{"How reminders work depends on the member's age:" + items, false},
		{"How reminders work may depend on the member's age:" + items, true},
		{"How we sell reminder data depends on the member's age:" + items, true},
	})
}

// TestChangeClauseAsSteps: a change clause split into steps makes the
// same promise, each step with its own "will" (E7), and "becomes
// effective" is "takes effect"; a step that promises something the
// clause did not, or another effective date, is material.
func TestChangeClauseAsSteps(t *testing.T) {
	const clause = "We may revise this notice. If a revision is material, we will notify you by text message and by a banner in the app at least 20 days before it takes effect. Revisions take effect when posted in the app."
	prosePairs(t, "# Bank privacy notice\n\n## Changes\n\n"+clause+"\n\n## Contact\n\nWrite to us.\n", clause, []struct {
		to       string
		material bool
	}{
		{"This notice may be revised. When a revision is material:\n\n1. we will text you about it;\n2. we will also show a banner about it in the app; and\n3. we will do both at least 20 days before it takes effect.\n\nRevisions become effective when posted in the app.", false},
		{"This notice may be revised. When a revision is material:\n\n1. we will text you about it;\n2. we will also ask for your agreement in the app; and\n3. we will do both at least 20 days before it takes effect.\n\nRevisions become effective when posted in the app.", true},
		{"This notice may be revised. When a revision is material:\n\n1. we will text you about it;\n2. we will also show a banner about it in the app; and\n3. we will do both at least 20 days before it takes effect.\n\nRevisions become effective 10 days after they are posted in the app.", true},
	})
}

// TestInstructionsAndAnswers: "To stop reminders, use the switch" tells
// the reader to do what "you can stop reminders with the switch" says
// they can; "for their advertising purposes" is "for their advertising"
// (E7). A choice put under a condition, or an exception dropped, is
// material.
func TestInstructionsAndAnswers(t *testing.T) {
	const stop = "You can stop workout reminders with the switch on the Alerts screen."
	prosePairs(t, "# Fitness app notice\n\n## Your choices\n\n"+stop+"\n\n## Contact\n\nWrite to us.\n", stop, []struct {
		to       string
		material bool
	}{
		{"To stop workout reminders, use the switch on the Alerts screen.", false},
		{"To stop workout reminders, use the switch on the Alerts screen if you have a paid plan.", true},
	})
	const sell = "We do not sell your transaction history to retailers for their advertising purposes without your written consent."
	prosePairs(t, "# Bank privacy notice\n\n## Selling data\n\n"+sell+"\n\n## Contact\n\nWrite to us.\n", sell, []struct {
		to       string
		material bool
	}{
		{"**Do you sell my transaction history to retailers for their advertising?**\nNot without your written consent.", false},
		{"**Do you sell my transaction history to retailers for their advertising?**\nNo, never.", true},
	})
}

// TestPointerLeadOverTable: a lead-in over a list that becomes a sentence
// pointing to the table below it ("The table below lists the readings we
// collect.", "for the purposes below.") names the rows as the colon did
// (E7); a lead-in that now limits whom the rows apply to is M3.
func TestPointerLeadOverTable(t *testing.T) {
	const from = "We collect these readings from your watch only:\n\n- **Heart rate** during workouts.\n- **Sleep stages** each night.\n"
	const doc = "# Fitness app notice\n\n## What we collect\n\n" + from + "\n## Contact\n\nWrite to us.\n"
	const rows = "\n\n| Reading | When |\n|---|---|\n| Heart rate | During workouts |\n| Sleep stages | Each night |\n"
	const use = "We use account data to:\n\n- open and run your account, send statements and provide customer service;\n- prevent fraud, including by reviewing card activity.\n"
	const useDoc = "# Bank notice\n\n## How we use data\n\n" + use + "\n## Contact\n\nWrite to us.\n"
	const useRows = "\n\n| Purpose | What this covers |\n|---|---|\n| Accounts and service | Opening and running your account, sending statements and providing customer service |\n| Fraud prevention | Preventing fraud, including by reviewing card activity |\n"
	for _, c := range []struct {
		doc, from, to string
		material      bool
	}{
		{doc, from, "The table below lists the only readings we collect from your watch." + rows, false},
		{doc, from, "The table below lists the only readings we collect from your watch when you pay for a plan." + rows, true},
		{useDoc, use, "We use account data for the purposes below." + useRows, false},
		{useDoc, use, "We use account data for the purposes below and for advertising." + useRows, true},
	} {
		if got := classifyEdit(t, c.doc, c.from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestTableRowWording: a list turned into a table whose rows click the
// link the item used, count a period "of" the event the item counted it
// "after", open with a hyphenated label, or spare the user a chore after
// their label say the same (E7); a changed period, or a chore no longer
// spared, is material.
func TestTableRowWording(t *testing.T) {
	const from = "- **Newsletters:** unsubscribe with the link in any newsletter.\n" +
		"- **Workout history** is kept while your membership is active and deleted within 30 days after you cancel it.\n" +
		"- To spare you from typing your card number at each checkout.\n"
	const doc = "# Fitness app notice\n\n## Your account\n\n" + from + "\n## Contact\n\nWrite to us.\n"
	const head = "| Topic | What happens |\n|---|---|\n| Newsletters | Click the unsubscribe link in any newsletter |\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{head + "| Workout history | While your membership is active; deleted within 30 days of you cancelling it |\n" +
			"| Fast check-out | Spare you from typing your card number at each checkout |\n", false},
		{head + "| Workout history | While your membership is active; deleted within 90 days of you cancelling it |\n" +
			"| Fast check-out | Spare you from typing your card number at each checkout |\n", true},
		{head + "| Workout history | While your membership is active; deleted within 30 days of you cancelling it |\n" +
			"| Fast check-out | Make you type your card number at each checkout |\n", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestLabelledItemsRestate: a paragraph split into bold-labelled items
// whose label is a sentence of its own ("**Lending and trading.**") naming
// what the item says, and whose items refer back to a dispute already
// called unresolved ("for such unresolved disputes"), says the same
// (E3, E7); a label naming what no item says, or a denial added, is
// material.
func TestLabelledItemsRestate(t *testing.T) {
	const from = "We do not lend or trade your statements to other banks. If a billing dispute is unresolved, you may use the independent mediation service at no cost to you, and in some cases you may go to arbitration.\n"
	const doc = "# Bank notice\n\n## Disputes\n\n" + from + "\n## Contact\n\nWrite to us.\n"
	const mediation = "- **Mediation.** If a billing dispute remains unresolved, you may use the independent mediation service, free of charge.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"- **Lending and trading.** We do not lend or trade your statements to other banks.\n" + mediation +
			"- **Arbitration.** For such unresolved disputes, you may in some cases go to arbitration.\n", false},
		{"- **Lending and trading.** We do not lend or trade your statements to other banks.\n" + mediation +
			"- **Arbitration.** For such unresolved disputes, you may not go to arbitration.\n", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestQuestionOverKeptAnswer: a question set at the head of a paragraph
// whose answer is kept word for word states nothing of its own (E3),
// also when it asks in a word the answer only says in the negative ("is
// there a charge?" over "we do not charge a fee"); a question that takes
// for granted a practice the notice never states is new (M5).
func TestQuestionOverKeptAnswer(t *testing.T) {
	const answer = "We post paper statements within 10 days and do not charge a fee for them."
	const order = "You can order paper statements at any branch."
	// The answer kept in its paragraph, and moved out of the paragraph
	// above into one of its own.
	for _, layout := range []struct{ doc, from, to string }{
		{order + "\n\n" + answer, answer, ""},
		{order + " " + answer, order + " " + answer, order + "\n\n"},
	} {
		doc := "# Bank notice\n\n## Statements\n\n" + layout.doc + "\n\n## Contact\n\nWrite to us.\n"
		for _, c := range []struct {
			question string
			material bool
		}{
			{"**How fast is it?** ", false},
			{"**How fast is it, and is there a charge?** ", false},
			{"**Why do you give my statements to advertisers?** ", true},
		} {
			to := layout.to + c.question + answer
			if got := classifyEdit(t, doc, layout.from, to); got.Material != c.material {
				t.Errorf("→ %q: material %v, want %v\n%s", to, got.Material, c.material, dump(got))
			}
		}
	}
}

// TestTermsMovedToList: terms defined in place ("People who join a club
// ("Members") upload ... ("Member Posts")") moved to a list of key terms,
// the body now saying "Members upload Member Posts (see Key terms) to the
// app", restate the old sentence (E8): what a member uploads goes to the
// app the notice is about. Uploads to another party are new (M5).
func TestTermsMovedToList(t *testing.T) {
	const old = "# Running club notice\n\nStridewell is an app for running clubs.\n\n## Club content\n\n" +
		"People who join a club (\"Members\") upload routes, photos and comments (\"Member Posts\"). We show Member Posts only to the club.\n"
	const head = "# Running club notice\n\nStridewell is an app for running clubs.\n\n## Key terms\n\n" +
		"- **\"Members\"** are the people who join a club.\n" +
		"- **\"Member Posts\"** means the routes, photos and comments that Members upload.\n\n## Club content\n\n"
	for _, c := range []struct {
		body     string
		material bool
	}{
		{"Members upload Member Posts (see Key terms) to the app.", false},
		{"Members upload Member Posts, as defined above, to the app.", false},
		{"Members upload Member Posts (see Key terms) to partner clubs.", true},
		{"Members upload Member Posts (see Key terms) to the app of our sponsors.", true},
	} {
		got, err := Classify([]byte(old), []byte(head+c.body+" We show Member Posts only to the club.\n"))
		if err != nil {
			t.Fatal(err)
		}
		if got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.body, got.Material, c.material, dump(got))
		}
	}
}

// TestUploadedToItself: "upload workout files to the app" hands them to
// the app the notice is about, as "upload workout files" does (E7);
// another party's app is a new recipient (M3).
func TestUploadedToItself(t *testing.T) {
	const from = "You upload workout files from your watch."
	const doc = "# Fitness app notice\n\n## What you give us\n\n" + from + " We keep them for a year.\n\n## Contact\n\nWrite to us.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"You upload workout files from your watch to the app.", false},
		{"You upload workout files from your watch to the partner app.", true},
		{"You upload workout files from your watch to the app of an insurer.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestQuotedSummaryList: a summary box written as a list inside a block
// quote ("> **In short**" over "> - ...") is a list of summary lines, and
// a line that only says which part explains a subject ("... are explained
// under **Choices** below", "The sections below explain your rights")
// promises nothing (E2); a summary that grants for everyone ("wherever
// you live") a right the body gives the residents of one province widens
// it (M4).
func TestQuotedSummaryList(t *testing.T) {
	const from = "This notice explains how Example Bank handles account data.\n"
	const doc = "# Bank notice\n\n" + from + "\n## Sharing\n\nWe do not sell account data or give it to marketing firms.\n\n" +
		"## Your rights\n\nCustomers in Ontario have the right to access or delete their account data.\n\n" +
		"## Choices\n\nYou can turn off offers and paper statements in **Settings**.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{from + "\n> **In short**\n>\n> - We do not sell account data or give it to marketing firms.\n" +
			"> - Customers in Ontario have the right to access or delete their account data.\n" +
			"> - Your offer and statement choices are explained under **Choices** below.\n", false},
		{from + "\n> **In short**\n>\n> - We do not sell account data or give it to marketing firms.\n" +
			"> - The sections below explain your choices and rights.\n", false},
		{from + "\n> **In short**\n>\n> - We do not sell account data or give it to marketing firms.\n" +
			"> - Wherever you live, you have the right to access or delete your account data.\n" +
			"> - Your offer and statement choices are explained under **Choices** below.\n", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestSummaryUnderDateHeading: a summary box set under the heading that
// only dates the notice sums up the notice (E8); one that names a purpose
// the notice does not state adds it (M5).
func TestSummaryUnderDateHeading(t *testing.T) {
	const from = "Last updated: 3 March 2024\n"
	const doc = "# Fitness app notice\n\n## Effective date\n\n" + from + "\n## Workouts\n\nWe use your heart rate to plan your workouts.\n\n" +
		"## Your choices\n\nYou may stop heart-rate tracking at any time by switching it off in **Settings › Sensors** or by writing to help@example.com.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{from + "\n> **In short.** We use your heart rate to plan your workouts. You can stop heart-rate tracking at any time.\n", false},
		{from + "\n> **In short.** We use your heart rate to plan your workouts. You can stop heart-rate tracking at any time, except for coaching plans.\n", true},
		{from + "\n> **In short.** We use your heart rate to plan your workouts and set insurance prices. You can stop heart-rate tracking at any time.\n", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestSummaryTimingWord: an In-short line over a rewritten change clause
// that says changes are announced "before they apply" sums up a clause
// that gives the notice period (E8); the period itself shortened in the
// clause under it is M6.
func TestSummaryTimingWord(t *testing.T) {
	const from = "We post every change to this notice on this page. If a change is material, we will also email members at least 20 days before it takes effect.\n"
	const doc = "# Library app notice\n\n## Loans\n\nWe keep your loan history for one year.\n\n## Changes\n\n" + from + "\n## Contact\n\nWrite to us.\n"
	const box = "> **In short:** every change is posted here, and material changes are also emailed to members before they apply.\n\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{box + "Whenever we change this notice, we publish it on this page. For a material change, we will additionally email members at least 20 days before it takes effect.\n", false},
		{box + "Whenever we change this notice, we publish it on this page. For a material change, we will additionally email members at least 5 days before it takes effect.\n", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestPracticeDroppedFromOneOfTwoRoutes: a section that gives two routes,
// each to view, correct or delete, recast under bold lead-ins is E7 while
// both routes keep all three; one route that keeps only "view or correct"
// lost deletion (M14), though the other route still names it.
func TestPracticeDroppedFromOneOfTwoRoutes(t *testing.T) {
	const from = "If you have given us your log and wish to view, correct, or delete it, you may have the ability to do so by writing to us as shown below. We aim to answer within 20 days.\n\n" +
		"If your workout log was given to us by your gym and you wish to view, correct or delete it, please ask the gym directly.\n"
	const doc = "# Fitness app notice\n\n## Workouts\n\nWe record your workouts.\n\n## Your records\n\n" + from + "\n## Contact\n\nWrite to us.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"**Logs you gave us yourself.** You may have the ability to view, correct, or delete it by writing to us as shown below. We aim to answer within 20 days.\n\n" +
			"**Workout logs your gym gave us.** If you wish to view, correct or delete it, please ask the gym directly.\n", false},
		{"**Logs you gave us yourself.** You may have the ability to view or correct it by writing to us as shown below. We aim to answer within 20 days.\n\n" +
			"**Workout logs your gym gave us.** If you wish to view, correct or delete it, please ask the gym directly.\n", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestOwnNameForOur: the notice's own product, or the company it names
// beside "we", given in the possessive where the other side says "our"
// ("our servers" → "Pebble Garden's servers") names the same owner (E7);
// another company's servers are a change of who holds the data.
func TestOwnNameForOur(t *testing.T) {
	const from = "Our servers are in Ireland. If you use the app from another country, your plans are transferred to Ireland.\n"
	const doc = "# Pebble Garden Privacy Policy\n\nPebble Garden is a gardening planner app made by Fernwood Apps Ltd. (\"Fernwood\", \"we\", \"us\").\n\n" +
		"## Where we keep data\n\n" + from + "\n## Contact\n\nWrite to privacy@example.com.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Pebble Garden's servers are located in Ireland. If you use the app from another country, your plans are transferred to Ireland.\n", false},
		{"Fernwood's servers are located in Ireland. If you use the app from another country, your plans are transferred to Ireland.\n", false},
		{"Skyvault's servers are located in Ireland. If you use the app from another country, your plans are transferred to Ireland.\n", true},
		{"Garden Hosting's servers are located in Ireland. If you use the app from another country, your plans are transferred to Ireland.\n", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestBareLinkGivenText: a bare address given descriptive link text for
// the same page names whoever runs that page (E4); a link to another
// page, or another body named beside the link, changes the body.
func TestBareLinkGivenText(t *testing.T) {
	const from = "To learn more about the review scheme, and to start a review, please visit <http://www.example.org/reviews/>.\n"
	const doc = "# Harbor Rowing Club Privacy Notice\n\n## Complaints\n\nIf you are not happy with how we handled your complaint, you may ask an independent body to review it.\n\n" +
		from + "\n## Contact\n\nWrite to privacy@example.org.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"You can learn more about the review scheme and start a review on the [Sports Ombudsman Service website](https://www.example.org/reviews/).\n", false},
		{"You can learn more about the review scheme and start a review on the [Northgate Arbitration website](https://example.com/arbitration/).\n", true},
		{"You can learn more about the review scheme and start a review on the [Sports Ombudsman Service website](https://www.example.org/reviews/) or with Northgate Arbitration.\n", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestListItemsAsSubsections: a list of recipients under "only to:" made
// subsections under "only to the recipients described below.", each
// written out as "We give it to ...", says what the lead-in said of each
// item (E3); a recipient added, a condition widened or the "only"
// dropped still counts.
func TestListItemsAsSubsections(t *testing.T) {
	const from = "We give your borrowing record only to:\n\n- **Partner libraries** that lend you a book through the shared catalogue.\n" +
		"- **Courts,** when a court order requires it.\n- **A new operator** if the library service is transferred to another council.\n"
	const doc = "# Riverside Library App Privacy Notice\n\n## Your borrowing record\n\nWe keep a record of the books you borrow while your card is active.\n\n" +
		"## Who receives your borrowing record\n\nWe do not sell your borrowing record.\n\n" + from + "\n## Contact\n\nWrite to privacy@example.org.\n"
	const to = "We give your borrowing record only to the recipients described below.\n\n" +
		"### Partner libraries\n\nWe give it to partner libraries that lend you a book through the shared catalogue.\n\n" +
		"### Courts\n\nWe give it to courts when a court order requires it.\n\n" +
		"### A new operator\n\nWe give it to a new operator if the library service is transferred to another council.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{to, false},
		{to + "\n### Publishers\n\nWe give it to publishers that want to study reading habits.\n", true},
		{strings.Replace(to, "when a court order requires it", "when a court or the police ask for it", 1), true},
		{strings.Replace(to, "only to the recipients described below", "to the recipients described below", 1), true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestInformationTheLawRequires: "information the law requires us to
// provide to them" is information required by law, as "when the law
// requires it" put it (E7): no promise of ours is added. Information they
// merely ask for widens the condition.
func TestInformationTheLawRequires(t *testing.T) {
	const from = "We share information only with:\n\n- **Payment processors,** to take payment for orders.\n- **Tax authorities,** when the law requires it.\n"
	const doc = "# Crumb Bakery Loyalty App Privacy Notice\n\n## Sharing\n\n" + from + "\n## Contact\n\nWrite to privacy@example.com.\n"
	const lead = "We share information only with the recipients in this table:\n\n| Recipient | What they receive and why |\n|---|---|\n| Payment processors | To take payment for orders. |\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{lead + "| Tax authorities | Information the law requires us to provide to them. |\n", false},
		{lead + "| Tax authorities | Information they ask us to provide to them. |\n", true},
		{lead + "| Tax authorities | Information the law requires us to provide to them, and any other information they ask for. |\n", true},
		{lead + "| Tax authorities | Information the law requires us to provide to them, or that they ask us for. |\n", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestSummaryBoxRestatesItsSection: an "In short" box added over a
// section (or over the section's list written as one sentence) that only
// restates it in a summary's words is E8: "see", "move" and "limit how we
// use it" are access, portability and restricted processing; cookies that
// "recognise you" and "help us understand" use identify you and show how
// the site is used; "without undue delay and no later than 48 hours
// after" is the section's notice period; "the companies that help us run
// the club and the other situations listed below" are the section's
// recipients; "we close children's accounts if we find that we have
// opened them" is the section's "if we find that we have" spelt out. A
// box that adds a right, a practice, a recipient, a shorter period or a
// lower age is material.
func TestSummaryBoxRestatesItsSection(t *testing.T) {
	const rights = "Depending on where you live, you may have the right to:\n\n- access the lesson data we hold about you and receive a copy in a portable format;\n" +
		"- correct data that is inaccurate;\n- delete your data; and\n- object to or restrict certain processing.\n"
	const cookies = "We use cookies to identify you when you return, customize the recipes we show and understand how visitors use our site. Our cookies do not collect your name.\n"
	const breach = "We encrypt booking data in transit and at rest. If a breach affects your data, we will notify you without undue delay and in any event within 48 hours of discovering it.\n"
	const sharing = "- **Service providers** that host our website, take membership payments and send emails.\n" +
		"- **Mailing list:** we do not rent or exchange our members' mailing list with other companies.\n- **Legal reasons:** when the law requires it.\n"
	const children = "The app is not meant for anyone under 14. We do not knowingly open accounts for children under 14. If we find that we have, we will close the account.\n"
	const doc = "# Club app notice\n\n## What we collect\n\nWe collect your name, email address and lesson history.\n\n## How we share information\n\n" + sharing +
		"\n## Cookies\n\n" + cookies + "\n## Security\n\n" + breach + "\n## Children\n\n" + children + "\n## Your rights\n\n" + rights +
		"\nWrite to privacy@example.com to make a request.\n"
	const oneSentence = "\nDepending on where you live, you may have the right to access the lesson data we hold about you and receive a copy in a portable format, " +
		"to correct data that is inaccurate, to delete your data, and to object to or restrict certain processing.\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{rights, "> **In short:** Depending on where you live, you may be able to see, correct, move or delete your data, and object to or limit how we use it.\n" + oneSentence, false},
		{rights, "> **In short:** Depending on where you live, you may be able to see, correct, move or delete your data, object to or limit how we use it, and take back your consent at any time.\n" + oneSentence, true},
		{cookies, "> **In short:** Cookies recognise you, tailor the recipes we show and help us understand how our site is used.\n\n" + cookies, false},
		{cookies, "> **In short:** Cookies recognise you, tailor the recipes we show and help us show you ads from our partners.\n\n" + cookies, true},
		{breach, "> **In short:** Your booking data is encrypted in transit and at rest, and we will tell you about a breach without undue delay and no later than 48 hours after discovering it.\n\n" + breach, false},
		{breach, "> **In short:** Your booking data is encrypted in transit and at rest, and we will tell you about a breach without undue delay and no later than 24 hours after discovering it.\n\n" + breach, true},
		{sharing, "> **In short:** We share information with the companies that help us run our website and in the other situations listed below.\n\n" + sharing, false},
		{sharing, "> **In short:** We share information with advertisers, with the companies that help us run our website and in the other situations listed below.\n\n" + sharing, true},
		{sharing, "> **In short:** We share information with other companies and in the other situations listed below.\n\n" + sharing, true},
		{children, "> **In short:** The app is not meant for anyone under 14, and we close children's accounts if we find that we have opened them.\n\n" + children, false},
		{children, "> **In short:** The app is not meant for anyone under 12, and we close children's accounts if we find that we have opened them.\n\n" + children, true},
		{children, "> **In short:** The app is not meant for anyone under 14, and we keep children's accounts if we find that we have opened them.\n\n" + children, true},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestRetentionColumnNamesTheVerb: a list of how long records are kept
// set out as a table under a "Retention" column says "kept" by its
// header (E7); a period changed in a cell is M6.
func TestRetentionColumnNamesTheVerb(t *testing.T) {
	const from = "- Loan history is kept for 90 days.\n- Fine records are kept for 3 years.\n"
	const doc = "# Library app notice\n\n## Loans\n\nWe record the books you borrow.\n\n## Records\n\n" + from + "\n## Contact\n\nWrite to us.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"| Record | Retention |\n|---|---|\n| Loan history | 90 days |\n| Fine records | Three years |\n", false},
		{"| Record | Retention |\n|---|---|\n| Loan history | 180 days |\n| Fine records | Three years |\n", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestShortAnswerReadWithQuestion: a sentence recast as a question
// heading over a bare answer ("Sixty days.") says what it said, the
// number written in words (E3, E6); an answer giving another period is
// M6.
func TestShortAnswerReadWithQuestion(t *testing.T) {
	const from = "- Appointment notes are kept for 6 years.\n- Reminder messages are kept for 60 days.\n"
	const doc = "# Veterinary clinic notice\n\n## Records\n\n" + from + "\n## Contact\n\nWrite to us.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"### How long do you keep appointment notes?\n\nWe keep them for six years.\n\n### How long are reminder messages kept?\n\nSixty days.\n", false},
		{"### How long do you keep appointment notes?\n\nWe keep them for six years.\n\n### How long are reminder messages kept?\n\nNinety days.\n", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestNumberWordStepPairs: a paragraph recast as numbered steps, a
// deadline written in words ("We answer within thirty days."), still
// gives the deadline it gave (E7, E6); a longer deadline is M6.
func TestNumberWordStepPairs(t *testing.T) {
	const from = "To ask for your records, use the form at example.com/records. We will check your identity first. We will answer within 30 days. If we refuse, you may appeal by replying to us; we will decide appeals within 30 days.\n"
	const doc = "# Dental practice notice\n\n## Your records\n\n" + from + "\n## Contact\n\nWrite to us.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"How to ask for your records:\n\n1. Use the form at example.com/records.\n2. We check your identity first.\n3. We answer within thirty days.\n4. If we refuse, you may appeal by replying to us. We decide appeals within thirty days.\n", false},
		{"How to ask for your records:\n\n1. Use the form at example.com/records.\n2. We check your identity first.\n3. We answer within sixty days.\n4. If we refuse, you may appeal by replying to us. We decide appeals within thirty days.\n", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestPersonalInformationLeadIn: a lead-in over a retention table that
// calls what a heading names "information" personal information only
// names the rows (E3); one that bounds every period ("at least") or adds
// a practice is material.
func TestPersonalInformationLeadIn(t *testing.T) {
	const from = "- Class bookings: 2 years.\n- Locker rentals: 6 months.\n"
	const doc = "# Gym notice\n\n## Classes\n\nWe run classes.\n\n## How long we keep information\n\n" + from + "\n## Contact\n\nWrite to us.\n"
	const table = "\n\n| Type of information | How long we keep it |\n|---|---|\n| Class bookings | Two years |\n| Locker rentals | Six months |\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"We keep personal information for the periods shown below." + table, false},
		{"We keep personal information for at least the periods shown below." + table, true},
		{"We keep personal information, and sell it to partners, for the periods shown below." + table, true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestBasesMergedIntoRows: a numbered list of purposes and a paragraph
// that gives the legal basis for each by item number ("our agreement
// with you (items 1 and 2 above) and your consent (item 3)"), under a
// heading naming the places it applies to, merged into one table with a
// legal-basis column, say the same (E7): each row's basis is the one the
// paragraph gave its item, and the places the lead-in names are those
// the heading named. A row given another item's basis, or a place the
// old notice never named, changes what is said (M5, M8).
func TestBasesMergedIntoRows(t *testing.T) {
	const old = "# Library app notice\n\n## How we use information\n\nWe use your information to:\n\n" +
		"1. lend you books and manage your loans;\n2. send you reminders before a loan is due; and\n" +
		"3. send you news about reading events, but only if you have signed up.\n\n" +
		"We never sell your information.\n\n## Legal bases (UK and Ireland)\n\n" +
		"We rely on our agreement with you (items 1 and 2 above) and your consent (item 3).\n\n" +
		"## Contact\n\nWrite to help@example.org.\n"
	const lead = "The table lists each purpose for which we use your information and, for members in the UK and Ireland, the legal basis we rely on for it.\n\n"
	table := func(lead, basis1, basis3 string) string {
		return "# Library app notice\n\n## How we use information\n\n" + lead +
			"| # | Purpose | Legal basis (UK and Ireland) |\n|---|---|---|\n" +
			"| 1 | Lending you books and managing your loans | " + basis1 + " |\n" +
			"| 2 | Sending you reminders before a loan is due | Our agreement with you |\n" +
			"| 3 | Sending you news about reading events, but only if you have signed up | " + basis3 + " |\n\n" +
			"We never sell your information.\n\n## Contact\n\nWrite to help@example.org.\n"
	}
	for _, c := range []struct {
		name, to string
		material bool
	}{
		{"merged", table(lead, "Our agreement with you", "Your consent"), false},
		{"consent item now on our agreement", table(lead, "Our agreement with you", "Our agreement with you"), true},
		{"agreement item now on consent", table(lead, "Your consent", "Your consent"), true},
		{"place never named", table(strings.Replace(lead, "the UK and Ireland", "the UK, Ireland and Canada", 1), "Our agreement with you", "Your consent"), true},
	} {
		got, err := Classify([]byte(old), []byte(c.to))
		if err != nil {
			t.Fatal(err)
		}
		if got.Material != c.material {
			t.Errorf("%s: material %v, want %v\n%s", c.name, got.Material, c.material, dump(got))
		}
	}
}

// TestBasesMergedBesideWithdrawal: a paragraph that gives each numbered
// purpose its legal basis by item number and then says how to withdraw
// consent, with the bases moved into a table's column and only the
// withdrawal left in the paragraph, says the same (E7); a row that gives
// the consent purpose another basis no longer needs consent (M4/M5).
func TestBasesMergedBesideWithdrawal(t *testing.T) {
	const old = "# Climbing gym notice\n\n## Uses\n\nWe use your details to:\n\n" +
		"1. book your sessions and check you in;\n2. keep the walls safe and investigate accidents; and\n" +
		"3. send you offers on courses, if you have opted in.\n\n" +
		"## Legal bases (EEA)\n\nWe rely on our membership contract (item 1), our legitimate interest in a safe gym (item 2) and your consent (item 3). " +
		"You may withdraw your consent at any time; withdrawing it does not affect earlier processing.\n\n## Contact\n\nWrite to desk@example.com.\n"
	table := func(basis3 string) string {
		return "# Climbing gym notice\n\n## Uses\n\nWe use your details for the purposes in the table below. For people in the EEA, the last column shows the legal basis we rely on for each purpose.\n\n" +
			"| # | Purpose | Legal basis (EEA) |\n|---|---|---|\n" +
			"| 1 | Book your sessions and check you in | Our membership contract |\n" +
			"| 2 | Keep the walls safe and investigate accidents | Our legitimate interest in a safe gym |\n" +
			"| 3 | Send you offers on courses, if you have opted in | " + basis3 + " |\n\n" +
			"## Withdrawing consent (EEA)\n\nYou may withdraw your consent at any time. Withdrawing it does not affect earlier processing.\n\n## Contact\n\nWrite to desk@example.com.\n"
	}
	for _, c := range []struct {
		name, to string
		material bool
	}{
		{"merged", table("Your consent"), false},
		{"consent purpose on our interest", table("Our legitimate interest in a safe gym"), true},
	} {
		got, err := Classify([]byte(old), []byte(c.to))
		if err != nil {
			t.Fatal(err)
		}
		if got.Material != c.material {
			t.Errorf("%s: material %v, want %v\n%s", c.name, got.Material, c.material, dump(got))
		}
	}
}

// TestReasonPutAfterItsClause: "Because there is currently no X, we do
// not do Y" put as "We do not do Y, because no X exists yet" says the
// same (E7): "exists" is the "is" of "there is", and "yet" after a
// negation is "currently". Another request refused still changes the
// statement.
func TestReasonPutAfterItsClause(t *testing.T) {
	const from = "Because there is currently no reliable way to confirm a caller's identity, we do not currently accept access requests by phone.\n"
	const doc = "# Library app notice\n\n## Loans\n\nWe keep your loan history for one year.\n\n## Requests\n\n" + from + "\n## Contact\n\nWrite to help@example.org.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"We do not currently accept access requests by phone, because no reliable way to confirm a caller's identity exists yet.\n", false},
		{"We do not currently accept deletion requests by phone, because no reliable way to confirm a caller's identity exists yet.\n", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestPronounSpelledOutWithItsAge: "collect data from them" written out
// as "from people under 16", the group the sentence has just named,
// repeats its age (E6); an age the sentence did not give, though the
// paragraph gives it elsewhere, is another group (M6).
func TestPronounSpelledOutWithItsAge(t *testing.T) {
	const from = "Our app is not meant for people under 16, and we do not knowingly collect heart-rate data from them."
	const doc = "# Fitness app notice\n\n## Workouts\n\nWe record your workouts.\n\n## Young users\n\n" + from + " We do not sell the data of users under 18.\n\n## Contact\n\nWrite to help@example.com.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Our app is not meant for people younger than 16, and we do not knowingly collect heart-rate data from people younger than 16.", false},
		{"Our app is not meant for people younger than 16, and we do not knowingly collect heart-rate data from people younger than 18.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestDemonstrativePartiesSpelledOut: "these third parties" written out
// as the parties the paragraph has just named is the same reference
// (E7); a party the paragraph never named is a new recipient (M7).
func TestDemonstrativePartiesSpelledOut(t *testing.T) {
	const from = "These third parties may also use pixels to see which screens you open."
	const doc = "# Food delivery app notice\n\n## Orders\n\nWe keep your order history for two years.\n\n## Device storage\n\n" +
		"When you use the app, we and our payment processors and delivery couriers may store small files on your phone. " + from + "\n\n## Contact\n\nWrite to help@example.com.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Our payment processors and delivery couriers may also use pixels to see which screens you open.", false},
		{"Our payment processors and advertising networks may also use pixels to see which screens you open.", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestSafeguardLabelOverTransferFramework: a list item labelled
// "Transfer safeguards" over the framework a transfer relies on names the
// item's own kind of statement (E3); another framework in the item is
// another transfer mechanism (M7).
func TestSafeguardLabelOverTransferFramework(t *testing.T) {
	const from = "Our payroll service is run from Canada. When we send employee records from the EEA to Canada, we rely on the European Commission's Standard Contractual Clauses.\n"
	const doc = "# Payroll service notice\n\n## Records\n\nWe keep payslips for six years.\n\n## Transfers\n\n" + from + "\n## Contact\n\nWrite to help@example.com.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"- **Where we operate:** our payroll service is run from Canada.\n- **Transfer safeguards:** for employee records sent from the EEA to Canada, we rely on the European Commission's Standard Contractual Clauses.\n", false},
		{"- **Where we operate:** our payroll service is run from Canada.\n- **Transfer safeguards:** for employee records sent from the EEA to Canada, we rely on our Binding Corporate Rules.\n", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestListedConditionsQuantifier: two conditions listed under a lead-in
// and joined by "and", recast as a numbered list under "both of the
// following apply", are still both needed (E7); under "either of the
// following applies" one is enough (M3), and the reverse.
func TestListedConditionsQuantifier(t *testing.T) {
	const from = "We may give your workout records to the authorities when we\n\n- receive a court order, and\n- believe it is needed to protect someone's safety.\n"
	const doc = "# Fitness app notice\n\n## Workouts\n\nWe record your workouts.\n\n## Sharing\n\n" + from + "\n## Contact\n\nWrite to us.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"We may give your workout records to the authorities when both of the following apply:\n\n1. We receive a court order.\n2. We believe it is needed to protect someone's safety.\n", false},
		{"We may give your workout records to the authorities when all of the following apply:\n\n1. We receive a court order.\n2. We believe it is needed to protect someone's safety.\n", false},
		{"We may give your workout records to the authorities when either of the following applies:\n\n1. We receive a court order.\n2. We believe it is needed to protect someone's safety.\n", true},
		{"We may give your workout records to the authorities when any of the following applies:\n\n1. We receive a court order.\n2. We believe it is needed to protect someone's safety.\n", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
	// One condition enough before, both needed after.
	const or = "We may give your workout records to the authorities when we\n\n- receive a court order, or\n- believe it is needed to protect someone's safety.\n"
	const doc2 = "# Fitness app notice\n\n## Workouts\n\nWe record your workouts.\n\n## Sharing\n\n" + or + "\n## Contact\n\nWrite to us.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"We may give your workout records to the authorities when either of the following applies:\n\n1. We receive a court order.\n2. We believe it is needed to protect someone's safety.\n", false},
		{"We may give your workout records to the authorities when both of the following apply:\n\n1. We receive a court order.\n2. We believe it is needed to protect someone's safety.\n", true},
	} {
		if got := classifyEdit(t, doc2, or, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestExceptionExtendedInSplitParagraph: a paragraph split under
// question headings, its retention answer recast ("Sixty days. After
// that ..."), keeps its exception (E7); the exception given one more case
// joined by "or" is a new reason to keep the data (M5).
func TestExceptionExtendedInSplitParagraph(t *testing.T) {
	const from = "Coaches can only see workouts you share with them. We keep workout videos for 60 days and then delete them, unless you have saved them to a training plan.\n"
	const doc = "# Fitness app notice\n\n## Workouts\n\nWe record your workouts.\n\n## Videos\n\n" + from + "\n## Contact\n\nWrite to us.\n"
	const head = "### Who can see my videos?\n\nCoaches can only see workouts you share with them.\n\n### How long are videos kept?\n\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{head + "Sixty days. After that we delete them, unless you have saved them to a training plan.\n", false},
		{head + "Sixty days. After that we delete them, unless you have saved them to a training plan or we need them to train our posture model.\n", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestItemAddedInListRecastAsProse: a purpose list written out as one
// sentence, each item opened by "to", is E7; one item that now also
// covers what else it is done to, joined on by "and" ("book suggestions
// and the prices and offers you see"), is a new use (M5).
func TestItemAddedInListRecastAsProse(t *testing.T) {
	const from = "We use personal information to:\n\n- lend and renew books, place holds and answer questions at the desk;\n" +
		"- run the reading challenge, including awarding badges and sending your renewal offer;\n" +
		"- send you our newsletter and, if you have signed up, event emails and text messages;\n" +
		"- personalize book suggestions on our website and in our app;\n" +
		"- prevent card misuse, including by reviewing overdue activity; and\n" +
		"- comply with our legal obligations, such as audit and records requirements.\n\n" +
		"We use your reading history only while you are signed in and only to suggest books. We do not sell a record of your reading history.\n"
	const doc = "# Library notice\n\n## Loans\n\nWe keep your loan history for one year.\n\n## How we use information\n\n" + from + "\n## Contact\n\nWrite to us.\n"
	const rest = "\nYour reading history is handled narrowly:\n\n- we use it only while you are signed in;\n- we use it only to suggest books; and\n- we do not sell a record of your reading history.\n"
	const lead = "We use personal information to lend and renew books, place holds and answer questions at the desk; " +
		"to run the reading challenge, including awarding badges and sending your renewal offer; " +
		"to send you our newsletter and, if you have signed up, event emails and text messages; "
	const tail = "to prevent card misuse, including by reviewing overdue activity; and to comply with our legal obligations, such as audit and records requirements.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{lead + "to personalize book suggestions on our website and in our app; " + tail + rest, false},
		{lead + "to personalize book suggestions and the prices and offers you see on our website and in our app; " + tail + rest, true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestExceptionWrittenAsDenial: a statement closing on an exception ("is
// the controller of the data in this notice, except for tournament
// results") says what the statement and a denial after it say ("... in
// this notice. It is not the controller of tournament results"): what
// is excepted is not covered either way (E7). A denial of something
// else, or an exception dropped, changes what the club answers for.
func TestExceptionWrittenAsDenial(t *testing.T) {
	const from = "Rookwell Chess Club, 5 Example Road, Leeds, is the controller of the personal data described in this notice, except for tournament results (see section 4). You can reach our secretary at secretary@example.org."
	const doc = "# Chess club notice\n\n## Who we are\n\n" + from + "\n\n## Contact\n\nWrite to the club.\n"
	to := func(denial string) string {
		return "- **Controller:** Rookwell Chess Club, 5 Example Road, Leeds, is the controller of the personal data described in this notice." + denial + "\n" +
			"- **Secretary:** reach our secretary at secretary@example.org.\n"
	}
	for _, c := range []struct {
		to       string
		material bool
	}{
		{to(" It is not the controller of tournament results (see section 4)."), false},
		{to(" It is not the controller of membership fees (see section 4)."), true},
		{to(""), true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestNamedTermsMovedToList: a company given its terms in place
// ("Doughline, Inc. ("Doughline", "we", "us")") and defined
// instead in a list of the words the notice uses, the terms in bold and
// what the company is in words of the sentence it was named in ("the
// maker of Crumbwell"), says the same (E8); so does a name the notice
// uses defined as "our" thing it already names, with a pointer to the
// part that describes it. A definition that names more than the company,
// other terms or another company, or a thing that does more than the
// notice said, says more.
func TestNamedTermsMovedToList(t *testing.T) {
	const old = "# Crumbwell notice\n\nCrumbwell is an ordering app for bakeries made by Doughline, Inc. (\"Doughline\", \"we\", \"us\"). This notice explains what we collect.\n\n" +
		"## What we collect\n\nWe collect your name, your orders and, if you join Crumb Club, your points.\n\n" +
		"## Crumb Club: loyalty offer\n\nCrumb Club is free. Members earn a point for each order, and you can leave the program at any time.\n"
	for _, c := range []struct {
		def      string
		material bool
	}{
		{"- **Doughline**, **we** and **us** mean Doughline, Inc., the maker of Crumbwell.", false},
		{"- **Crumb Club** means our loyalty program, described in \"Crumb Club: loyalty offer\" below.", false},
		{"- **Doughline**, **we** and **us** mean Doughline, Inc.", false},
		{"- **Doughline**, **we** and **us** mean Doughline, Inc. and its affiliates.", true},
		{"- **Doughline**, **we** and **us** mean Doughline, Inc., the maker of Crumbwell and of partner apps.", true},
		{"- **Doughline**, **we**, **us** and **our partners** mean Doughline, Inc.", true},
		{"- **Crumb Club** means our loyalty program, which shares your orders with partner cafés.", true},
	} {
		new := strings.Replace(old, " (\"Doughline\", \"we\", \"us\")", "", 1)
		new = strings.Replace(new, "## What we collect", "## Words we use\n\n"+c.def+"\n\n## What we collect", 1)
		got, err := Classify([]byte(old), []byte(new))
		if err != nil {
			t.Fatal(err)
		}
		if got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.def, got.Material, c.material, dump(got))
		}
	}
}

// TestPointerToPartThatSaysIt: a sentence added that only says which
// numbered section's table shows a thing, when that section's table
// shows it, states nothing of its own (E2). A pointer to a section that
// does not say what it names, or added with a column that says
// something new, still changes the notice (M5).
func TestPointerToPartThatSaysIt(t *testing.T) {
	const table = "## 3. How long we keep it\n\n| Data | Retention period |\n|---|---|\n| Ride history | 2 years |\n| Support chats | 1 year |\n\n"
	const doc = "# Bike share notice\n\n## 1. About us\n\nWe run shared bikes in the city.\n\n## 2. What we collect\n\nWe collect your ride history and your support chats.\n\n" +
		table + "## 4. Your rights\n\nYou can ask us to delete your data. We answer within 30 days.\n\n## 5. Contact\n\nWrite to help@example.com.\n"
	const from = "You can ask us to delete your data. We answer within 30 days.\n"
	for _, c := range []struct {
		name, to string
		material bool
	}{
		{"pointer to what section 3 shows", "You can ask us to delete your data. The retention period for each kind of data is shown in the table in section 3. We answer within 30 days.\n", false},
		{"pointer to what section 3 does not show", "You can ask us to delete your data. The recipients of each kind of data are shown in the table in section 3. We answer within 30 days.\n", true},
		{"pointer to a section the notice lacks", "You can ask us to delete your data. The retention period for each kind of data is shown in the table in section 9. We answer within 30 days.\n", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("%s: material %v, want %v\n%s", c.name, got.Material, c.material, dump(got))
		}
	}
	// The pointer added with the column it points to.
	to := strings.Replace(strings.Replace(doc, from, "You can ask us to delete your data. The recipients of each kind of data are shown in the table in section 3. We answer within 30 days.\n", 1),
		table, "## 3. How long we keep it\n\n| Data | Retention period | Recipients |\n|---|---|---|\n| Ride history | 2 years | Our insurers |\n| Support chats | 1 year | None |\n\n", 1)
	got, err := Classify([]byte(doc), []byte(to))
	if err != nil {
		t.Fatal(err)
	}
	if !got.Material {
		t.Errorf("pointer to a new column: material false, want true\n%s", dump(got))
	}
}

// TestPlaceConditionNamedByOldHeading: purposes and the legal basis for
// each, once under a heading naming the region the bases apply to,
// merged into a table whose lead-in gives the bases "if you are in" that
// region, set no new condition (E7). A region the old notice never named
// is a new condition, and a right that the old notice gave everyone,
// now given only in that region, is narrowed (M4).
func TestPlaceConditionNamedByOldHeading(t *testing.T) {
	const old = "# Music school notice\n\n## Uses\n\nWe use your details to:\n\n" +
		"1. book your lessons and take payment;\n2. keep our rooms safe; and\n" +
		"3. send you concert news, if you have opted in.\n\n" +
		"## Legal bases (EEA)\n\nWe rely on our lesson contract (item 1), our legitimate interest in safe rooms (item 2) and your consent (item 3).\n\n" +
		"## Withdrawing consent\n\nYou may withdraw your consent at any time.\n\n## Contact\n\nWrite to office@example.org.\n"
	table := func(lead, withdraw string) string {
		return "# Music school notice\n\n## Uses\n\nWe use your details for the purposes in the table below. " + lead + "\n\n" +
			"| # | Purpose | Legal basis |\n|---|---|---|\n" +
			"| 1 | Book your lessons and take payment | Our lesson contract |\n" +
			"| 2 | Keep our rooms safe | Our legitimate interest in safe rooms |\n" +
			"| 3 | Send you concert news, if you have opted in | Your consent |\n\n" +
			"## Withdrawing consent\n\n" + withdraw + "\n\n## Contact\n\nWrite to office@example.org.\n"
	}
	const lead = "The last column shows the legal basis we rely on for each purpose if you are in the EEA."
	const withdraw = "You may withdraw your consent at any time."
	for _, c := range []struct {
		name, to string
		material bool
	}{
		{"region named by the old heading", table(lead, withdraw), false},
		{"region never named", table(strings.Replace(lead, "the EEA", "Canada", 1), withdraw), true},
		{"right narrowed to the region", table(lead, "If you are in the EEA, you may withdraw your consent at any time."), true},
	} {
		got, err := Classify([]byte(old), []byte(c.to))
		if err != nil {
			t.Fatal(err)
		}
		if got.Material != c.material {
			t.Errorf("%s: material %v, want %v\n%s", c.name, got.Material, c.material, dump(got))
		}
	}
}

// TestStepsLeadInOverRequest: a request paragraph recast as numbered
// steps under "To make a request:" or "To use these rights:" is E3/E7:
// the lead-in only introduces how to do what the section already lets
// members do. A step that asks for a fee or a proof of identity the
// paragraph did not, or a later answer, is material.
func TestStepsLeadInOverRequest(t *testing.T) {
	const from = "Members can ask to see the loan history we keep about them, or ask us to delete it. Email records@example.org with the card number shown in **Account › Card**. We will answer within 15 days.\n"
	const doc = "# Library app notice\n\n## Loans\n\nWe keep your loan history for one year.\n\n## Your rights\n\n" + from + "\n## Contact\n\nWrite to us.\n"
	steps := func(lead, last string) string {
		return "Members can:\n\n- ask to see the loan history we keep about them; or\n- ask us to delete it.\n\n" + lead + "\n\n" +
			"1. Find the card number shown in **Account › Card**.\n2. Email it to [records@example.org](mailto:records@example.org).\n" + last
	}
	for _, c := range []struct {
		to       string
		material bool
	}{
		{steps("To make a request:", "3. We will answer within 15 days.\n"), false},
		{steps("To use these rights:", "3. We will answer within 15 days.\n"), false},
		{steps("To make a request:", "3. Pay the records fee of $5.\n4. We will answer within 15 days.\n"), true},
		{steps("To make a request:", "3. Attach a copy of your photo ID.\n4. We will answer within 15 days.\n"), true},
		{steps("To make a request:", "3. We will answer within 45 days.\n"), true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestStepsCarryOpeningCondition: "If you have a question, please write
// to us first" recast as "If you have a question, follow these steps:"
// over "1. Write to us first" keeps its condition in the lead-in (E7).
// A narrower lead-in, a condition put on a route, or a deadline put on
// one is material.
func TestStepsCarryOpeningCondition(t *testing.T) {
	const from = "If you have a question, please write to us first at care@example.com and we will try to answer it. " +
		"You also have the right to complain to the data protection regulator where you live. " +
		"For disputes about billing, you may use the mediation service of the Tutoring Ombudsman at no cost to you, and in some cases you may go to binding arbitration.\n"
	const doc = "# Tutoring service notice\n\n## Lessons\n\nWe record lesson notes for your tutor.\n\n## Complaints\n\n" + from + "\n## Contact\n\nWrite to us.\n"
	steps := func(lead, first, second string) string {
		return lead + ", follow these steps:\n\n1. " + first + "\n2. " + second + "\n" +
			"3. For disputes about billing, you may use the mediation service of the Tutoring Ombudsman at no cost to you.\n" +
			"4. For those disputes, in some cases you may also go to binding arbitration.\n"
	}
	const write = "Write to us first at [care@example.com](mailto:care@example.com) and we will try to answer it."
	const regulator = "You also have the right to complain to the data protection regulator where you live."
	for _, c := range []struct {
		to       string
		material bool
	}{
		{steps("If you have a question", write, regulator), false},
		{strings.Replace(steps("If you have a question", write, regulator), "1. Write", "1. Please write", 1), false},
		{steps("If you are a paying member and have a question", write, regulator), true},
		{steps("If you have a question", write, "If we cannot answer it, you also have the right to complain to the data protection regulator where you live."), true},
		{steps("If you have a question", strings.Replace(write, " and we", " within 30 days and we", 1), regulator), true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestImperativeStepForReaderModal: "you may raise the matter with the
// board" and "you must include your student number" given as steps
// ("raise the matter with the board", "include your student number")
// tell the reader what the modals did (E7). A route dropped, or a proof
// the old duty did not ask for, is material.
func TestImperativeStepForReaderModal(t *testing.T) {
	const from = "If the school does not answer within 20 days, you may raise the matter with the district board by phone at 555-0100 or by mail to the Board Office. " +
		"If you write to the board, you must include your student number and the date of your request.\n"
	const doc = "# School portal notice\n\n## Grades\n\nWe keep your grades for five years.\n\n## Appeals\n\nYou can ask the school to correct your records.\n\n" + from + "\n## Contact\n\nWrite to us.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"1. If the school does not answer within 20 days, raise the matter with the district board by phone at 555-0100 or by mail to the Board Office.\n" +
			"2. If you write to the board, include your student number and the date of your request.\n", false},
		{"1. If the school does not answer within 20 days, raise the matter with the district board by mail to the Board Office.\n" +
			"2. If you write to the board, include your student number and the date of your request.\n", true},
		{"1. If the school does not answer within 20 days, raise the matter with the district board by phone at 555-0100 or by mail to the Board Office.\n" +
			"2. If you write to the board, include your student number, the date of your request and a copy of your photo ID.\n", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestDeniedListItemsRecast: a list under a lead-in that denies ("We
// never sell or rent your records to:") written out as sentences that
// keep the denial for each item is E7; an item the rewrite now says is
// done ("We provide them to marketing firms.") while the denial stays
// for the rest is no longer denied (M1). So is the reverse: an item of a
// list of what is done, moved into the sentence that denies.
func TestDeniedListItemsRecast(t *testing.T) {
	const from = "We never sell or rent your records to:\n\n- drug companies;\n- marketing firms; or\n- employers.\n"
	const doc = "# Dental clinic notice\n\n## Records\n\nWe keep your treatment records.\n\n## Sharing\n\n" + from + "\n## Contact\n\nWrite to us.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"We never sell or rent your records to drug companies. We never sell or rent them to marketing firms. We never sell or rent them to employers.\n", false},
		{"We never sell or rent your records to drug companies or employers. We provide them to marketing firms.\n", true},
		{"We never sell or rent your records. We never sell or rent them to drug companies or employers. We sell them to marketing firms.\n", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
	const from2 = "We never sell or rent your records to:\n\n- drug companies; or\n- employers.\n\nWe share them with:\n\n- dental labs; and\n- marketing firms.\n"
	const doc2 = "# Dental clinic notice\n\n## Records\n\nWe keep your treatment records.\n\n## Sharing\n\n" + from2 + "\n## Contact\n\nWrite to us.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"We never sell or rent your records to drug companies or employers. We share them with dental labs and marketing firms.\n", false},
		{"We never sell or rent your records to drug companies, employers or marketing firms. We share them with dental labs.\n", true},
	} {
		if got := classifyEdit(t, doc2, from2, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestRouteAddedBesideMovedReason: a reason that opened a sentence moved
// to its end ("Because there is currently no online form, you can ..."
// → "You can ..., because no online form exists yet") is E7; a way to
// make the request joined on in the same edit ("or by letter") is a new
// route (M5), however the reason is worded and whichever way it moved.
func TestRouteAddedBesideMovedReason(t *testing.T) {
	const from = "Because there is currently no online form, you can reach us by email.\n"
	const doc = "# Library notice\n\n## Loans\n\nWe keep your loan history for one year.\n\n## Your rights\n\n" + from + "\n## Contact\n\nWrite to us.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"You can reach us by email, because no online form exists yet.\n", false},
		{"You can reach us by email, because there is currently no online form.\n", false},
		{"You can reach us by email or by letter, because no online form exists yet.\n", true},
		{"You can reach us by email or by letter, because there is currently no online form.\n", true},
		{"You can reach us by email or by phone, because no online form exists yet.\n", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
	const from2 = "You can reach us by email, because no online form exists yet.\n"
	const doc2 = "# Library notice\n\n## Loans\n\nWe keep your loan history for one year.\n\n## Your rights\n\n" + from2 + "\n## Contact\n\nWrite to us.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"Because there is currently no online form, you can reach us by email.\n", false},
		{"Because there is currently no online form, you can reach us by email or in person.\n", true},
	} {
		if got := classifyEdit(t, doc2, from2, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestLeadInRecastAsPointer: a lead-in that ended in a colon over its
// list, recast as a sentence that points to the list ("with the
// recipients described here.", "The recipients listed below are the only
// ones ...", "for the purposes below.") names no recipient or purpose of
// its own (E7), its "only" kept; one that drops "only", names a recipient
// beside the list or points to a list that grew is material.
func TestLeadInRecastAsPointer(t *testing.T) {
	const share = "We share your booking details only with:\n\n- **Clinics** that carry out the appointment you book.\n" +
		"- **Payment processors,** to take your deposit.\n- **Regulators,** when the law requires it.\n"
	const use = "We use your booking details to:\n\n- confirm and remind you of appointments;\n- take deposits and issue refunds; and\n- answer your questions.\n"
	const doc = "# Clinic booking notice\n\n## What we collect\n\nWe collect your name, phone number and booking history.\n\n" +
		"## Who we share information with\n\n" + share + "\n## How we use information\n\n" + use + "\n## Contact\n\nWrite to us at privacy@example.com.\n"
	const useItems = "\n\n- confirm and remind you of appointments;\n- take deposits and issue refunds; and\n- answer your questions.\n"
	const items = "\n\n- **Clinics** that carry out the appointment you book.\n- **Payment processors,** to take your deposit.\n- **Regulators,** when the law requires it.\n"
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{share, "We share your booking details only with the recipients described here." + items, false},
		{share, "We share your booking details only with the recipients below." + items, false},
		{share, "The recipients listed below are the only ones we share your booking details with." + items, false},
		{share, "The recipients below are the only ones we share your booking details with.\n\n**Clinics.** They carry out the appointment you book.\n\n" +
			"**Payment processors.** They take your deposit.\n\n**Regulators.** We share details with them when the law requires it.\n", false},
		{use, "We use your booking details for the purposes below." + useItems, false},
		{use, "We use your booking details for the purposes below. Each purpose is described in turn." + useItems, false},
		{share, "We share your booking details with the recipients described here." + items, true},
		{share, "The recipients listed below are the ones we share your booking details with." + items, true},
		{share, "We share your booking details only with the recipients below and with our insurers." + items, true},
		{share, "The recipients listed below are the only ones we share your booking details with." + items + "- **Marketing partners,** to send you offers.\n", true},
		{use, "We use your booking details for the purposes below and for research." + useItems, true},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestChoreSparedStatedOutright: a purpose item that spares the reader a
// chore ("To save you from having to sign in again") written as a
// statement in a table row ("We save you from having to sign in again")
// keeps the chore spared (E7); one that now makes the reader do it is M1.
func TestChoreSparedStatedOutright(t *testing.T) {
	const from = "* To remember the stations you listen to most\n* To save you from having to sign in again each time you open the app\n"
	const doc = "# Radio app notice\n\n## Use\n\nYou agree that we may use your personal information as follows:\n\n" + from + "\n## Contact\n\nWrite to us.\n"
	const table = "| Use | In practice |\n|---|---|\n| Favourites | We remember the stations you listen to most. |\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{table + "| Convenience | We save you from having to sign in again every time you open the app. |\n", false},
		{"* We remember the stations you listen to most.\n* We spare you from having to sign in again each time you open the app.\n", false},
		{table + "| Convenience | We make you sign in again every time you open the app. |\n", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestItemAddedBeforePurposeReworded: an item joined onto a list of data
// a recipient receives is M5 even where the purpose after the list is
// opened another way ("to plan" → "so that they can plan") and the next
// sentence of the item is reworded; the purpose reworded alone is E7.
func TestItemAddedBeforePurposeReworded(t *testing.T) {
	const from = "- **Coaching partners:** for members on a paid plan, our coaching partners receive your heart rate and step count to plan and adjust workouts. " +
		"For members on the free plan, coaching partners receive only your step count, with your name removed.\n"
	const doc = "# Fitness app notice\n\n## What we collect\n\nWe collect your heart rate, step count and sleep data.\n\n## Sharing\n\nWe share information only with:\n\n" +
		"- **Cloud hosts** that run our servers.\n" + from + "\n## Contact\n\nWrite to us.\n"
	const rest = "For members on the free plan, your name is removed and coaching partners receive only your step count.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"- **Coaching partners:** for members on a paid plan, our coaching partners receive your heart rate and step count so that they can plan and adjust workouts. " + rest, false},
		{"- **Coaching partners:** for members on a paid plan, our coaching partners receive your heart rate, step count and sleep data so that they can plan and adjust workouts. " + rest, true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestSummaryBoxOfSeveralSentences: an "In short" box of two sentences
// sums up its section when each sentence does, a party set aside by
// ", not ...," included ("the clinic, not the app maker, is the
// controller"); and a denial whose subject the section names only as
// there ("our waiting-room cameras do not record sound" over "we use
// cameras in the waiting room. They do not record sound") sums it up
// (E8). A box sentence that adds a use, a recipient or a shorter
// period, or contradicts the section, is material.
func TestSummaryBoxOfSeveralSentences(t *testing.T) {
	const records = "Clinics that use Pawprint (\"Clinics\") upload appointment notes, vaccination records and invoices (\"Clinic Records\"). " +
		"We process Clinic Records only on the Clinic's written instructions, and the Clinic is the controller of them. " +
		"We do not use Clinic Records to build marketing lists. We keep Clinic Records for 6 years.\n"
	const cameras = "Our clinics use cameras in the waiting room to keep staff and visitors safe. We do not record sound. Camera footage is kept for 14 days.\n"
	const doc = "# Pawprint privacy notice\n\nPawprint Ltd. runs software for veterinary clinics.\n\n## Clinic Records\n\n" + records +
		"\n## Our clinics\n\n" + cameras + "\n## Contact\n\nWrite to privacy@example.com.\n"
	box := func(s string) string { return "> **In short:** " + s + "\n\n" }
	for _, c := range []struct {
		from, to string
		material bool
	}{
		{records, box("the Clinic, not Pawprint, is the controller of Clinic Records. We process them only on the Clinic's written instructions, and we do not use them to build marketing lists.") + records, false},
		{records, box("the Clinic, not Pawprint, is the controller of Clinic Records. We process them only on the Clinic's written instructions, and we use them to build marketing lists.") + records, true},
		{records, box("the Clinic, not Pawprint, is the controller of Clinic Records. We process them only on the Clinic's written instructions, and we share them with insurers.") + records, true},
		{records, box("the Clinic, not Pawprint, is the controller of Clinic Records. We keep them for 3 years.") + records, true},
		{records, box("Pawprint, not the Clinic, is the controller of Clinic Records. We process them only on the Clinic's written instructions.") + records, true},
		{cameras, box("our waiting-room cameras do not record sound.") + cameras, false},
		{cameras, box("our waiting-room cameras do not record sound, and footage is kept for 14 days.") + cameras, false},
		{cameras, box("our waiting-room cameras do not keep footage.") + cameras, true},
		{cameras, box("our waiting-room cameras record sound.") + cameras, true},
	} {
		if got := classifyEdit(t, doc, c.from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestNeitherNorNamesNoRecipient: "we do not sell or rent our member
// list to other clubs" written as "we neither sell our member list to
// other clubs nor rent it to them" denies the same two practices to
// the same recipients (E7): "nor" names no one. A new recipient, or a
// practice no longer denied, is material.
func TestNeitherNorNamesNoRecipient(t *testing.T) {
	const from = "We do not sell or rent our member list to other clubs.\n"
	const doc = "# Rowing club notice\n\n## Membership\n\nWe keep your name and boat class.\n\n## Member list\n\n" + from + "\n## Contact\n\nWrite to us.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"We neither sell our member list to other clubs nor rent it to them.\n", false},
		{"We neither sell our member list to other clubs nor rent it to sponsors.\n", true},
		{"We sell our member list to other clubs but do not rent it to them.\n", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestNothingBeyondSaysOnly: "the caterer receives only the details
// needed to plan the menu" and "the caterer receives nothing beyond what
// it needs to plan the menu" set the same limit (E7), as "nothing more
// than" does. Dropping the limit, or widening what is given, is material.
func TestNothingBeyondSaysOnly(t *testing.T) {
	const from = "For guests with allergies, the caterer receives only the details needed to plan the menu.\n"
	const doc = "# Wedding venue notice\n\n## Bookings\n\nWe keep your booking details.\n\n## Suppliers\n\n" + from + "\n## Contact\n\nWrite to us.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"For guests with allergies, the caterer receives nothing beyond what it needs to plan the menu.\n", false},
		{"For guests with allergies, the caterer receives nothing more than the details needed to plan the menu.\n", false},
		{"For guests with allergies, the caterer receives the details needed to plan the menu.\n", true},
		{"For guests with allergies, the caterer receives nothing beyond the details needed to plan the menu and to market its services.\n", true},
		{"For guests with allergies, the caterer and its suppliers receive nothing beyond what they need to plan the menu.\n", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestSharingLeadInSaysItemReceives: under "The clinic shares your
// records only with:", an item that now says its recipient "receives
// them" adds nothing the lead-in did not say (E7). A further recipient,
// a dropped duty, or a dropped "only" is material.
func TestSharingLeadInSaysItemReceives(t *testing.T) {
	const from = "- **Insurers** named on your file, under a duty of confidentiality.\n"
	const doc = "# Clinic notice\n\n## Records\n\nWe keep your treatment records.\n\n## Sharing\n\nThe clinic shares your records only with:\n\n- **Laboratories** that run your tests.\n" + from + "\n## Contact\n\nWrite to us.\n"
	for _, c := range []struct {
		to       string
		material bool
	}{
		{"- **Insurers** named on your file, which receive them under a duty of confidentiality.\n", false},
		{"- **Insurers** named on your file, which receive them and pass them to brokers under a duty of confidentiality.\n", true},
		{"- **Insurers** named on your file, which receive them without a duty of confidentiality.\n", true},
	} {
		if got := classifyEdit(t, doc, from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestGrantDroppedFromRewordedParagraph: a paragraph reworded sentence by
// sentence that no longer grants the reader something one of its
// sentences granted ("You have the right to ask the transport ombudsman
// to review our decision") drops that right (M14), though its other
// sentences still use some of the words; the grant kept in other words
// ("You are also entitled to ...") or merged into another sentence is
// E7.
func TestGrantDroppedFromRewordedParagraph(t *testing.T) {
	const trips = "If you disagree with a decision we made about your account, please email disputes@example.com first. " +
		"We will review the decision within 14 days. You have the right to ask the transport ombudsman to review our decision. " +
		"We do not charge for a review."
	const rideDoc = "# Swiftride Privacy Notice\n\n## What we collect\n\nWe collect your pickup and drop-off points and your payment card.\n\n" +
		"## Disputes about trips\n\n" + trips + "\n"
	const music = "You can see the listening history we keep about you in your account settings. " +
		"You can ask us to send a copy of your playlists to another music service. Any request is answered within 30 days."
	const musicDoc = "# Tunewell Privacy Notice\n\n## What we keep\n\nWe keep your playlists and listening history.\n\n" +
		"## Your choices\n\n" + music + "\n"
	for _, c := range []struct {
		doc, from, to string
		material      bool
	}{
		{rideDoc, trips, "Please write to disputes@example.com first if you disagree with a decision we made about your account. " +
			"You will hear back within 14 days. You are also entitled to ask the transport ombudsman to review our decision. We do not charge for a review.", false},
		{rideDoc, trips, "Please write to disputes@example.com first if you disagree with a decision we made about your account, " +
			"and you have the right to ask the transport ombudsman to review our decision. You will hear back within 14 days. We do not charge for a review.", false},
		{rideDoc, trips, "Please write to disputes@example.com first if you disagree with a decision we made about your account. " +
			"You will hear back within 14 days. We do not charge for a review.", true},
		{musicDoc, music, "You can see the listening history we keep about you in your account settings. " +
			"You may also ask us to send a copy of your playlists to another music service. We answer any request within 30 days.", false},
		{musicDoc, music, "You can see the listening history we keep about you in your account settings. We answer any request within 30 days.", true},
	} {
		if got := classifyEdit(t, c.doc, c.from, c.to); got.Material != c.material {
			t.Errorf("→ %q: material %v, want %v\n%s", c.to, got.Material, c.material, dump(got))
		}
	}
}

// TestItemMovedBetweenLists: a list item is read under its lead-in. An
// item reordered within its list, or moved to another list whose
// lead-in says the same of what it lists, is E7; one moved to a list
// whose lead-in says the opposite ("We pass your details to:" → "We
// never pass your details to:") changes what the notice says of it,
// more protective one way and less the other.
func TestItemMovedBetweenLists(t *testing.T) {
	const from = "We pass your booking details to:\n\n- hotels;\n- airlines;\n- car hire firms.\n\n" +
		"We never pass your booking details to:\n\n- travel insurers;\n- credit agencies.\n"
	const doc = "# Travel agency notice\n\n## Bookings\n\nWe keep a record of your trips.\n\n## Passing on details\n\n" + from + "\n## Contact\n\nWrite to us.\n"
	for _, c := range []struct {
		to       string
		material bool
		impact   notice.Impact
	}{
		{"We pass your booking details to:\n\n- car hire firms;\n- hotels;\n- airlines.\n\n" +
			"We never pass your booking details to:\n\n- credit agencies;\n- travel insurers.\n", false, notice.ImpactNone},
		{"We pass your booking details to:\n\n- hotels;\n- airlines.\n\n" +
			"We also pass your booking details to:\n\n- car hire firms.\n\n" +
			"We never pass your booking details to:\n\n- travel insurers;\n- credit agencies.\n", false, notice.ImpactNone},
		{"We pass your booking details to:\n\n- hotels;\n- car hire firms.\n\n" +
			"We never pass your booking details to:\n\n- travel insurers;\n- airlines;\n- credit agencies.\n", true, notice.ImpactMoreProtective},
	} {
		got := classifyEdit(t, doc, from, c.to)
		if got.Material != c.material || got.Impact != c.impact {
			t.Errorf("→ %q: material %v %s, want %v %s\n%s", c.to, got.Material, got.Impact, c.material, c.impact, dump(got))
		}
	}
	const from2 = "The app records:\n\n- the songs you play;\n- your playlists.\n\n" +
		"The app does not record:\n\n- your voice;\n- your location;\n- your contacts.\n"
	const doc2 = "# Music app notice\n\n## Listening\n\nWe stream music to your phone.\n\n## What the app records\n\n" + from2 + "\n## Contact\n\nWrite to us.\n"
	for _, c := range []struct {
		to       string
		material bool
		impact   notice.Impact
	}{
		{"The app records:\n\n- your playlists;\n- the songs you play.\n\n" +
			"The app does not record:\n\n- your contacts;\n- your voice;\n- your location.\n", false, notice.ImpactNone},
		{"The app records:\n\n- the songs you play;\n- your playlists;\n- your location.\n\n" +
			"The app does not record:\n\n- your voice;\n- your contacts.\n", true, notice.ImpactLessProtective},
	} {
		got := classifyEdit(t, doc2, from2, c.to)
		if got.Material != c.material || got.Impact != c.impact {
			t.Errorf("→ %q: material %v %s, want %v %s\n%s", c.to, got.Material, got.Impact, c.material, c.impact, dump(got))
		}
	}
}
