package notice

import "time"

// Subscriber is a person who is sent notice of material changes.
type Subscriber struct {
	ID      int64     `json:"id"`
	Email   string    `json:"email"`
	Name    string    `json:"name,omitempty"`
	Locale  string    `json:"locale,omitempty"`
	Created time.Time `json:"created"`
}

// DeliveryState is the state of one (revision, subscriber) ledger row.
type DeliveryState string

// Delivery states.
const (
	Queued          DeliveryState = "queued"
	Sending         DeliveryState = "sending"
	Sent            DeliveryState = "sent"
	FailedTemporary DeliveryState = "failed-temporary"
	FailedPermanent DeliveryState = "failed-permanent"
)

// Delivery is one ledger row: the proof (or failure) of notice of one
// revision to one subscriber.
type Delivery struct {
	Notice       string        `json:"notice"`
	RevisionID   string        `json:"revision"`
	SubscriberID int64         `json:"subscriber_id"`
	Email        string        `json:"email,omitempty"` // empty once the subscriber is erased
	EmailHash    string        `json:"email_hash"`      // salted hash, kept after erasure
	State        DeliveryState `json:"state"`
	Attempts     int           `json:"attempts"`
	Reply        string        `json:"smtp_reply,omitempty"`
	MessageID    string        `json:"message_id"`
	Queued       time.Time     `json:"queued_at"`
	Updated      time.Time     `json:"updated_at"`
	SentAt       *time.Time    `json:"sent_at,omitempty"`
	Late         bool          `json:"late,omitempty"`
	// Name and Locale are the subscriber's, filled in by a claim so the
	// message can be built without another look-up; never exported.
	Name   string `json:"-"`
	Locale string `json:"-"`
	// NextAttempt is when a failed-temporary row may be tried again.
	NextAttempt *time.Time `json:"next_attempt,omitempty"`
	// Owner is the worker holding a 'sending' row, and LeaseUntil when its
	// claim lapses (after a crash, another worker may take the row).
	Owner      string     `json:"-"`
	LeaseUntil *time.Time `json:"-"`
}

// DeliveryCounts counts the ledger rows of one revision by state.
type DeliveryCounts struct {
	Queued          int `json:"queued"`
	Sending         int `json:"sending"`
	Sent            int `json:"sent"`
	FailedTemporary int `json:"failed_temporary"`
	FailedPermanent int `json:"failed_permanent"`
	Late            int `json:"late"`
}
