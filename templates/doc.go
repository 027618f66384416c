// Package templates embeds the email and web templates: each email is a
// typed data struct rendered through a .txt.tmpl and an .html.tmpl under
// email/, each web page an .html.tmpl under web/.
package templates
