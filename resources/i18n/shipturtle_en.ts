<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>Revoke %n tokens</source>
        <translation>
            <numerusform>Revoke %n token</numerusform>
            <numerusform>Revoke %n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n tokens: %1?</source>
        <translation>
            <numerusform>Revoke %n token: %1?</numerusform>
            <numerusform>Revoke %n tokens: %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>API requests using them are rejected at once, so any system still using them stops working. They stay in your list as revoked and can never be used again.</source>
        <translation>
            <numerusform>API requests using it are rejected at once, so any system still using it stops working. It stays in your list as revoked and can never be used again.</numerusform>
            <numerusform>API requests using them are rejected at once, so any system still using them stops working. They stay in your list as revoked and can never be used again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Wait %n seconds and try again.</source>
        <translation>
            <numerusform>Too many attempts. Wait %n second and try again.</numerusform>
            <numerusform>Too many attempts. Wait %n seconds and try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n years</source>
        <translation>
            <numerusform>in %n year</numerusform>
            <numerusform>in %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n months</source>
        <translation>
            <numerusform>in %n month</numerusform>
            <numerusform>in %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n weeks</source>
        <translation>
            <numerusform>in %n week</numerusform>
            <numerusform>in %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks ago</source>
        <translation>
            <numerusform>%n week ago</numerusform>
            <numerusform>%n weeks ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hours</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minutes</source>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n days</source>
        <translation>
            <numerusform>In %n day</numerusform>
            <numerusform>In %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep the note to %n characters or fewer.</source>
        <translation>
            <numerusform>Keep the note to %n character or fewer.</numerusform>
            <numerusform>Keep the note to %n characters or fewer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The expiry date can be at most %n days from now.</source>
        <translation>
            <numerusform>The expiry date can be at most %n day from now.</numerusform>
            <numerusform>The expiry date can be at most %n days from now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n characters.</source>
        <translation>
            <numerusform>Use at most %n character.</numerusform>
            <numerusform>Use at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tokens have switched to their new tokens.</source>
        <translation>
            <numerusform>%n token has switched to its new token.</numerusform>
            <numerusform>%n tokens have switched to their new tokens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tokens need your attention. %1</source>
        <translation>
            <numerusform>%n token needs your attention. %1</numerusform>
            <numerusform>%n tokens need your attention. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>And %n more.</source>
        <translation>
            <numerusform>And %n more.</numerusform>
            <numerusform>And %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied; the clipboard clears in %n s</source>
        <translation>
            <numerusform>Copied; the clipboard clears in %n s</numerusform>
            <numerusform>Copied; the clipboard clears in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No requests in the last %n days.</source>
        <translation>
            <numerusform>No requests in the last %n day.</numerusform>
            <numerusform>No requests in the last %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests in the last %1 days, %2 of them answered with an error; the busiest day was %3 with %4.</source>
        <translation>
            <numerusform>%n request in the last %1 days, and it was answered with an error; the busiest day was %3 with %4.</numerusform>
            <numerusform>%n requests in the last %1 days, %2 of them answered with an error; the busiest day was %3 with %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests in the last %1 days; the busiest day was %2 with %3.</source>
        <translation>
            <numerusform>%n request in the last %1 days; the busiest day was %2 with %3.</numerusform>
            <numerusform>%n requests in the last %1 days; the busiest day was %2 with %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n requests, %2 with an error</source>
        <translation>
            <numerusform>%1: %n request, %2 with an error</numerusform>
            <numerusform>%1: %n requests, %2 with an error</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n requests</source>
        <translation>
            <numerusform>%1: %n request</numerusform>
            <numerusform>%1: %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n weeks</source>
        <translation>
            <numerusform>After %n week</numerusform>
            <numerusform>After %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n days</source>
        <translation>
            <numerusform>After %n day</numerusform>
            <numerusform>After %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n hours</source>
        <translation>
            <numerusform>After %n hour</numerusform>
            <numerusform>After %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n tokens: %1.</source>
        <translation>
            <numerusform>Revoked %n token: %1.</numerusform>
            <numerusform>Revoked %n tokens: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n tokens were not revoked. %2</source>
        <translation>
            <numerusform>%1 of %n token was not revoked. %2</numerusform>
            <numerusform>%1 of %n tokens were not revoked. %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Too short: use at least %n character.</numerusform>
            <numerusform>Too short: use at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make the username at least %n characters long.</source>
        <translation>
            <numerusform>Make the username at least %n character long.</numerusform>
            <numerusform>Make the username at least %n characters long.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too long: use at most %n characters.</source>
        <translation>
            <numerusform>Too long: use at most %n character.</numerusform>
            <numerusform>Too long: use at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shorten the username to %n characters.</source>
        <translation>
            <numerusform>Shorten the username to %n character.</numerusform>
            <numerusform>Shorten the username to %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make the password at least %n characters long.</source>
        <translation>
            <numerusform>Make the password at least %n character long.</numerusform>
            <numerusform>Make the password at least %n characters long.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shorten the password to %n characters.</source>
        <translation>
            <numerusform>Shorten the password to %n character.</numerusform>
            <numerusform>Shorten the password to %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too long: keep the note to %n characters or fewer.</source>
        <translation>
            <numerusform>Too long: keep the note to %n character or fewer.</numerusform>
            <numerusform>Too long: keep the note to %n characters or fewer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shorten the note to %n characters.</source>
        <translation>
            <numerusform>Shorten the note to %n character.</numerusform>
            <numerusform>Shorten the note to %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied – clears in %n s</source>
        <translation>
            <numerusform>Copied – clears in %n s</numerusform>
            <numerusform>Copied – clears in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the token. The clipboard clears in %n seconds.</source>
        <translation>
            <numerusform>Copied the token. The clipboard clears in %n second.</numerusform>
            <numerusform>Copied the token. The clipboard clears in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the password. The clipboard clears in %n seconds.</source>
        <translation>
            <numerusform>Copied the password. The clipboard clears in %n second.</numerusform>
            <numerusform>Copied the password. The clipboard clears in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the message for your developer. The clipboard clears in %n seconds.</source>
        <translation>
            <numerusform>Copied the message for your developer. The clipboard clears in %n second.</numerusform>
            <numerusform>Copied the message for your developer. The clipboard clears in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied – clears in %n seconds</source>
        <translation>
            <numerusform>Copied – clears in %n second</numerusform>
            <numerusform>Copied – clears in %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n hours without use</source>
        <translation>
            <numerusform>After %n hour without use</numerusform>
            <numerusform>After %n hours without use</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n minutes without use</source>
        <translation>
            <numerusform>After %n minute without use</numerusform>
            <numerusform>After %n minutes without use</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new tokens you have not copied yet are waiting; they come back when you unlock.</source>
        <translation>
            <numerusform>A new token you have not copied yet is waiting; it comes back when you unlock.</numerusform>
            <numerusform>%n new tokens you have not copied yet are waiting; they come back when you unlock.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong keys were tried.</source>
        <translation>
            <numerusform>%n wrong key was tried.</numerusform>
            <numerusform>%n wrong keys were tried.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityChart</name>
    <message>
        <source>Requests per day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivitySection</name>
    <message>
        <source>Recent calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per day, last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity could not be loaded. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo store could not start. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallsModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckTokenDialog</name>
    <message>
        <source>Check a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the token here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the old token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the old token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke this token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found a token in a chat, an email or some code? Paste it to see which of your tokens it is and whether it still works. It is checked on the server and not kept anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke it, ending the current token too…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token is not one of your store&apos;s tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyButtons</name>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateFlow</name>
    <message>
        <source>your store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateTokenDialog</name>
    <message>
        <source>Create access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: mobile-app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: who this is for, so you recognise it later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your developer signs in with the access token, this username and this password; you will see all three on the next screen, ready to pass on. Give them only the access they need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DailyActivityView</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <source>Token details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who this is for, so you recognise it later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the old token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the old token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Disclosure</name>
    <message>
        <source>Expanded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapsed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyPage</name>
    <message>
        <source>Create a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tokens yet. Creating one needs the API Integration add-on; the note above says where to add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tokens yet. Create one to share with your developer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpiryField</name>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpiryNotifier</name>
    <message>
        <source>Shipturtle Tokens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandOffSection</name>
    <message>
        <source>One-time links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the links…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No links sent for this token. Send one from the screen that shows a new token (create or rotate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The links could not be loaded. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not your developer? Revoke this token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandOffWatch</name>
    <message>
        <source>The one-time link for “%1” was opened %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpFlow</name>
    <message>
        <source>No browser could be opened. The help page is %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipturtle help: API integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens %1 in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy diagnostic information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies versions, system, keychain and server for a support request; never a password or a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Shipturtle Tokens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app will use your system&apos;s language the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app will be in %1 the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <source>Loading your tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your tokens…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockFlow</name>
    <message>
        <source>Quit without the new token?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new token you have not copied yet waits behind the lock; quitting loses it for good. Unlock first to copy it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit and lose it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockMenu</name>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock &amp;when idle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockWindow</name>
    <message>
        <source>Shipturtle Tokens is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo store needs no password: press Unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking signed you out. Enter your Shipturtle password to unlock; it is needed even if you chose Remember me.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Shipturtle Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your tokens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a token (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a strong password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: %1. %2 The server accepts “%3” or better; Generate makes one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PermissionChoice</name>
    <message>
        <source>API access</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileChooser</name>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this profile on this computer, and the sign-in it remembers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderBanners</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a button and its token</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the old token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevealTokenDialog</name>
    <message>
        <source>Your new access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy message for your developer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send as a one-time link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the password in this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New token for “%1” is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token for “%1” is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For your developer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send another one-time link…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RotateDialog</name>
    <message>
        <source>Rotate token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotating gives “%1” a new token to hand to your developer; the username, password and permissions stay the same. The old token keeps working for the time you choose, so nothing breaks while they switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old token stops working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;old token stops working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotating…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by username or note (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendLinkDialog</name>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send as a one-time link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the password in the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password stays the same, so the link carries the new token only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link works for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the link and copy the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the message again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message with the link is copied: paste it into an email or a chat to your developer. The link works until %1 and opens once; Details shows when it is opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link was not made. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead of the token itself, your developer gets a link that shows it once. Nobody who reads the chat or email later can use the link, and Details tells you when it was opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShowPasswordButton</name>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@yourstore.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Shipturtle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage the API access tokens you share with your developers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo – no account needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the email you use to sign in to Shipturtle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Signed in as %1 (%2) on the local demo store; nothing leaves this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) on %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenActions</name>
    <message>
        <source>Stopped the old token of “%1”; its new token keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenTable</name>
    <message>
        <source>Access tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy token ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the old token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenTableModel</name>
    <message>
        <source>%1, expires soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires soon: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the last characters are shown; the full token was shown once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenWatch</name>
    <message>
        <source>The list could not be updated; trying again at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayDesktop</name>
    <message>
        <source>Shipturtle Tokens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ascending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Descending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>New token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the old token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a token…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accessibility</name>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>activity_chart</name>
    <message>
        <source>No activity to show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>check_dialog</name>
    <message>
        <source>Paste a token to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Shipturtle access token: those start with “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a Shipturtle access token, but it was mistyped or cut short. Copy all of it and check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the current token for “%1” (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the old token, replaced by a rotation, for “%1” (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has never been used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was last used %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was revoked on %1 and no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has expired and no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It works until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It stopped working on %1 and no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>controller</name>
    <message>
        <source>Starting the demo store…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copy_buttons</name>
    <message>
        <source>The token is no longer on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is no longer on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message for your developer is no longer on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Something went wrong in Shipturtle Tokens. Your tokens on the server are safe. If it happens again, restart the app; the details are in its log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>create_rules</name>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a username for your developer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the invisible character from the username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1: use only letters A–Z, digits and . _ -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a password for your developer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the invisible character from the password: retype or Generate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the invisible character from the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not contain the username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the username out of the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking how hard the password is to guess…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too easy to guess: add a few words, or press Generate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the password harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the invisible character from the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an expiry date in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an expiry date at most a year from today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more</source>
        <comment>the end of a list of characters</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spaces</source>
        <comment>a character named in a list: “@” and spaces</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a character quoted in a list</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>details_dialog</name>
    <message>
        <source>Revoked on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>developer_message</name>
    <message>
        <source>Here is your access to the Shipturtle API for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the Shipturtle Tokens demo store on my computer: it answers only on this computer, and only while the Shipturtle Tokens app is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Revoke token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the token for “%1” (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token you checked is the old one: revoking ends the current token too, which your developer may be using now. To end only the old one, choose Stop the old token instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the old token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the old token of “%1” (ending …%2) now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything still using the old token stops working at once; the new token (ending …%1) keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your developer switched to the new one, so nothing should break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure your developer uses the new one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old token was still used %1: make sure your developer switched first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without copying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not copied the token and its password. Close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will not be able to see them again; you would have to revoke the token and create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will not be able to see it again; you would have to revoke the token and create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not copied the token. Close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not copied the password. Close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the profile “%1” from this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its remembered sign-in ends, here and on the Shipturtle server; your account and your tokens stay as they are. To use it again, sign in with your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>error_words</name>
    <message>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this, saying: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server address cannot be used. Use an address that starts with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a web address. Use one like %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the name and password from the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address uses plain http://, which is not safe over the internet. Use its https:// address instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the Shipturtle server. Check your internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answers at this server address. Check the address and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server address does not exist. Check the address and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Shipturtle server took too long to answer. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Shipturtle server is too slow to answer right now. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your remembered session has ended on the Shipturtle server. Sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email or password is not right. Check both and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first with the access token, the username and the password, then call the API with the API session that gives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API session has ended after its hour. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This access token is not valid: it was revoked, has expired or was mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a complete access token: it starts with %1 and is %2 characters long. Copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token was revoked, so it cannot be changed or rotated. Create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token has expired, so it cannot be changed or rotated. Create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan does not include the API Integration add-on. Add it in Shipturtle under Settings &gt; Subscription and billing, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This access token does not have the permission for that request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token was rotated since this secret was shown, so it no longer works. Use the new secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This access token no longer exists. Refresh the list and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields need fixing; see each field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An active token already uses this username. Choose another username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Shipturtle server had a problem. Try again in a few minutes; if it keeps happening, contact Shipturtle support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Shipturtle server cannot save anything right now, so nothing was changed. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer this app does not understand (%1). Check the server address, or update the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your keychain is locked, so your remembered sign-in could not be read. Choose Retry and unlock it, or sign in with your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keychain, so your sign-in could not be remembered. Sign in with your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your keychain could not be read, so your remembered sign-in cannot be used. Sign in with your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it keeps happening, give support this reference: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your keychain is locked, so this sign-in is not remembered; unlock it and sign in again to be remembered next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keychain; you will be asked to sign in next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings could not be read, so the app started with defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings could not be read, so the app started with defaults. The old file was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>field_words</name>
    <message>
        <source>Remove the invisible control character (%1) from this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1 to %2 letters, digits, dots (.), underscores (_) or hyphens (-).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An active token already uses this username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1 to %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not contain the username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Choose a password that is harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown permission %1; choose from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a date and time with a time zone, like 2027-01-31T23:59:59Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date must be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a complete access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active, switching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>the start of a list: a, b</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the end of a list: a and b</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>help_dialogs</name>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, share and revoke the access tokens your developers use with the Shipturtle API (API integration in the Shipturtle dashboard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipturtle Tokens is built with these open-source parts, each under its own licence (as each one declares it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open-source parts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>help_flow</name>
    <message>
        <source>Copied the diagnostic information (versions, system, keychain and server; no password or token). Paste it into your message to Shipturtle support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main_menus</name>
    <message>
        <source>%1 (%2)</source>
        <comment>an action and its keys</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>notifier</name>
    <message>
        <source>“%1” has switched to its new token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan does not include the API Integration add-on, so you cannot create tokens yet. Add it in Shipturtle under Settings &gt; Subscription and billing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active tokens. Choose “All” under Show to see the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No revoked tokens. Choose “All” under Show to see the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expired tokens. Choose “All” under Show to see the others.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>password_words</name>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password is easy to guess. Add another word or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passwords</name>
    <message>
        <source>Choose a date in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a date at most a year from today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>receipt_words</name>
    <message>
        <source>%1 on %2</source>
        <comment>a browser on a system</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a sentence, then another</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link sent %1 expired unopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link sent %1 was withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link sent %1, not opened yet; it works until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today at %1</source>
        <comment>after &apos;until&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <comment>after &apos;until&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>after &apos;until&apos;: a day, a time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 from %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <source>“%1” expires %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old token of “%1” stops working %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has switched to its new token. Stop the old one now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old token of “%1” stops working %2, and it was still used %3. Make sure your developer has switched to the new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reveal_words</name>
    <message>
        <source>This is the only time the token is shown. Copy it now, with its password, and give both to your developer; you will not be able to see them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the only time the new token is shown. Copy it now and give it to your developer; the username and password stay the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It replaces the access token ending …%1, which has stopped working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It replaces the access token ending …%1, which keeps working until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended: send a link that shows the token once, instead of the token itself. Nothing readable stays in your chat or email, and Details tells you when it was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One message with everything they need to connect: the store, the token, the expiry date, the API address, and the commands that sign in and read your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One message with everything they need to connect: the store, the username, the permissions, the expiry date, the API address, and the commands that sign in and read your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safer left off: send the password another way, such as a phone call or a different app, so one lost message is not enough to get in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rotate_dialog</name>
    <message>
        <source>Stop the old token now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old token ending …%1 still works until %2 and has not been used since the rotation. Rotating again stops it at once: anything still using it will stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old token ending …%1 still works until %2 and was last used %3. Rotating again stops it at once: anything still using it will stop working.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>session_flow</name>
    <message>
        <source>You are signed out, but your keychain could not be opened to forget the remembered sign-in; it is forgotten the next time this app starts, before anything else.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>switchover</name>
    <message>
        <source>today at %1</source>
        <comment>a moment in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <comment>a moment in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <comment>a moment in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new token has not been used yet; the old one has not been used since the rotation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new token has not been used yet; the old one was last used %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new token was first used %1; the old one has not been used since the rotation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new token was first used %1; the old one was last used %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old one stops working %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>token_actions</name>
    <message>
        <source>Revoked the token for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was not revoked. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>token_table</name>
    <message>
        <source>Show note column</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>token_words</name>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window_actions</name>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
