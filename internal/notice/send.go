package notice

import "errors"

// ErrUnreachable means a message was not handed to a mail server at all:
// the server could not be reached, refused the session, or TLS or
// authentication failed. It is not a failure to deliver to one recipient,
// and no attempt is counted.
var ErrUnreachable = errors.New("notice: mail server unreachable")
