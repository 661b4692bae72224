// Package archtest holds no code: its test checks that the packages import
// each other one way only, as the Layout section of README.md says.
package archtest
