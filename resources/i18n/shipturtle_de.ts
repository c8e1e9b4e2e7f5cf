<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message numerus="yes">
        <source>Revoke %n tokens</source>
        <translation>
            <numerusform>%n Token widerrufen</numerusform>
            <numerusform>%n Tokens widerrufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n tokens: %1?</source>
        <translation>
            <numerusform>%n Token widerrufen: %1?</numerusform>
            <numerusform>%n Tokens widerrufen: %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>API requests using them are rejected at once, so any system still using them stops working. They stay in your list as revoked and can never be used again.</source>
        <translation>
            <numerusform>API-Anfragen mit diesem Token werden sofort abgelehnt; jedes System, das es noch verwendet, funktioniert dann nicht mehr. Es bleibt als widerrufen in Ihrer Liste und kann nie wieder verwendet werden.</numerusform>
            <numerusform>API-Anfragen mit diesen Tokens werden sofort abgelehnt; jedes System, das sie noch verwendet, funktioniert dann nicht mehr. Sie bleiben als widerrufen in Ihrer Liste und können nie wieder verwendet werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weiteres</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Wait %n seconds and try again.</source>
        <translation>
            <numerusform>Zu viele Versuche. Warten Sie %n Sekunde und versuchen Sie es erneut.</numerusform>
            <numerusform>Zu viele Versuche. Warten Sie %n Sekunden und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n years</source>
        <translation>
            <numerusform>in %n Jahr</numerusform>
            <numerusform>in %n Jahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation>
            <numerusform>vor %n Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n months</source>
        <translation>
            <numerusform>in %n Monat</numerusform>
            <numerusform>in %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months ago</source>
        <translation>
            <numerusform>vor %n Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n weeks</source>
        <translation>
            <numerusform>in %n Woche</numerusform>
            <numerusform>in %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks ago</source>
        <translation>
            <numerusform>vor %n Woche</numerusform>
            <numerusform>vor %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hours</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minutes</source>
        <translation>
            <numerusform>in %n Minute</numerusform>
            <numerusform>in %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n days</source>
        <translation>
            <numerusform>In %n Tag</numerusform>
            <numerusform>In %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep the note to %n characters or fewer.</source>
        <translation>
            <numerusform>Die Notiz darf höchstens %n Zeichen lang sein.</numerusform>
            <numerusform>Die Notiz darf höchstens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The expiry date can be at most %n days from now.</source>
        <translation>
            <numerusform>Das Ablaufdatum darf höchstens %n Tag in der Zukunft liegen.</numerusform>
            <numerusform>Das Ablaufdatum darf höchstens %n Tage in der Zukunft liegen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n characters.</source>
        <translation>
            <numerusform>Verwenden Sie höchstens %n Zeichen.</numerusform>
            <numerusform>Verwenden Sie höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tokens have switched to their new tokens.</source>
        <translation>
            <numerusform>%n Token hat auf sein neues Token umgestellt.</numerusform>
            <numerusform>%n Tokens haben auf ihre neuen Tokens umgestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tokens need your attention. %1</source>
        <translation>
            <numerusform>%n Token braucht Ihre Aufmerksamkeit. %1</numerusform>
            <numerusform>%n Tokens brauchen Ihre Aufmerksamkeit. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>And %n more.</source>
        <translation>
            <numerusform>Und %n weiteres.</numerusform>
            <numerusform>Und %n weitere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied; the clipboard clears in %n s</source>
        <translation>
            <numerusform>Kopiert; die Zwischenablage wird in %n s geleert</numerusform>
            <numerusform>Kopiert; die Zwischenablage wird in %n s geleert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No requests in the last %n days.</source>
        <translation>
            <numerusform>Seit %n Tag keine Anfragen.</numerusform>
            <numerusform>Seit %n Tagen keine Anfragen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests in the last %1 days, %2 of them answered with an error; the busiest day was %3 with %4.</source>
        <translation>
            <numerusform>%n Anfrage in den letzten %1 Tagen, davon %2 mit Fehler beantwortet; die meisten gab es am %3 (%4).</numerusform>
            <numerusform>%n Anfragen in den letzten %1 Tagen, davon %2 mit Fehler beantwortet; die meisten gab es am %3 (%4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests in the last %1 days; the busiest day was %2 with %3.</source>
        <translation>
            <numerusform>%n Anfrage in den letzten %1 Tagen; die meisten gab es am %2 (%3).</numerusform>
            <numerusform>%n Anfragen in den letzten %1 Tagen; die meisten gab es am %2 (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n requests, %2 with an error</source>
        <translation>
            <numerusform>%1: %n Anfrage, %2 mit Fehler</numerusform>
            <numerusform>%1: %n Anfragen, %2 mit Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n requests</source>
        <translation>
            <numerusform>%1: %n Anfrage</numerusform>
            <numerusform>%1: %n Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n weeks</source>
        <translation>
            <numerusform>Nach %n Woche</numerusform>
            <numerusform>Nach %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n days</source>
        <translation>
            <numerusform>Nach %n Tag</numerusform>
            <numerusform>Nach %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n hours</source>
        <translation>
            <numerusform>Nach %n Stunde</numerusform>
            <numerusform>Nach %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n tokens: %1.</source>
        <translation>
            <numerusform>%n Token widerrufen: %1.</numerusform>
            <numerusform>%n Tokens widerrufen: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n tokens were not revoked. %2</source>
        <translation>
            <numerusform>Nicht widerrufen: %1 von %n Token. %2</numerusform>
            <numerusform>Nicht widerrufen: %1 von %n Tokens. %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Zu kurz: Verwenden Sie mindestens %n Zeichen.</numerusform>
            <numerusform>Zu kurz: Verwenden Sie mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make the username at least %n characters long.</source>
        <translation>
            <numerusform>Der Benutzername muss mindestens %n Zeichen lang sein.</numerusform>
            <numerusform>Der Benutzername muss mindestens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too long: use at most %n characters.</source>
        <translation>
            <numerusform>Zu lang: Verwenden Sie höchstens %n Zeichen.</numerusform>
            <numerusform>Zu lang: Verwenden Sie höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shorten the username to %n characters.</source>
        <translation>
            <numerusform>Kürzen Sie den Benutzernamen auf %n Zeichen.</numerusform>
            <numerusform>Kürzen Sie den Benutzernamen auf %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make the password at least %n characters long.</source>
        <translation>
            <numerusform>Das Passwort muss mindestens %n Zeichen lang sein.</numerusform>
            <numerusform>Das Passwort muss mindestens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shorten the password to %n characters.</source>
        <translation>
            <numerusform>Kürzen Sie das Passwort auf %n Zeichen.</numerusform>
            <numerusform>Kürzen Sie das Passwort auf %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too long: keep the note to %n characters or fewer.</source>
        <translation>
            <numerusform>Zu lang: Die Notiz darf höchstens %n Zeichen lang sein.</numerusform>
            <numerusform>Zu lang: Die Notiz darf höchstens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shorten the note to %n characters.</source>
        <translation>
            <numerusform>Kürzen Sie die Notiz auf %n Zeichen.</numerusform>
            <numerusform>Kürzen Sie die Notiz auf %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied – clears in %n s</source>
        <translation>
            <numerusform>Kopiert – wird in %n s geleert</numerusform>
            <numerusform>Kopiert – wird in %n s geleert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the token. The clipboard clears in %n seconds.</source>
        <translation>
            <numerusform>Token kopiert. Die Zwischenablage wird in %n Sekunde geleert.</numerusform>
            <numerusform>Token kopiert. Die Zwischenablage wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the password. The clipboard clears in %n seconds.</source>
        <translation>
            <numerusform>Passwort kopiert. Die Zwischenablage wird in %n Sekunde geleert.</numerusform>
            <numerusform>Passwort kopiert. Die Zwischenablage wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the message for your developer. The clipboard clears in %n seconds.</source>
        <translation>
            <numerusform>Nachricht für Ihren Entwickler kopiert. Die Zwischenablage wird in %n Sekunde geleert.</numerusform>
            <numerusform>Nachricht für Ihren Entwickler kopiert. Die Zwischenablage wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied – clears in %n seconds</source>
        <translation>
            <numerusform>Kopiert – wird in %n Sekunde geleert</numerusform>
            <numerusform>Kopiert – wird in %n Sekunden geleert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n hours without use</source>
        <translation>
            <numerusform>Nach %n Stunde ohne Nutzung</numerusform>
            <numerusform>Nach %n Stunden ohne Nutzung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n minutes without use</source>
        <translation>
            <numerusform>Nach %n Minute ohne Nutzung</numerusform>
            <numerusform>Nach %n Minuten ohne Nutzung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new tokens you have not copied yet are waiting; they come back when you unlock.</source>
        <translation>
            <numerusform>%n neues Token, das Sie noch nicht kopiert haben, wartet; es erscheint wieder, wenn Sie entsperren.</numerusform>
            <numerusform>%n neue Tokens, die Sie noch nicht kopiert haben, warten; sie erscheinen wieder, wenn Sie entsperren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong keys were tried.</source>
        <translation>
            <numerusform>Es wurde %n falscher Schlüssel ausprobiert.</numerusform>
            <numerusform>Es wurden %n falsche Schlüssel ausprobiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityChart</name>
    <message>
        <source>Requests per day</source>
        <translation>Anfragen pro Tag</translation>
    </message>
</context>
<context>
    <name>ActivitySection</name>
    <message>
        <source>Recent calls</source>
        <translation>Letzte Aufrufe</translation>
    </message>
    <message>
        <source>Loading the activity…</source>
        <translation>Aktivität wird geladen…</translation>
    </message>
    <message>
        <source>Requests per day, last 30 days</source>
        <translation>Anfragen pro Tag, letzte 30 Tage</translation>
    </message>
    <message>
        <source>No calls yet.</source>
        <translation>Noch keine Aufrufe.</translation>
    </message>
    <message>
        <source>The activity could not be loaded. %1</source>
        <translation>Die Aktivität konnte nicht geladen werden. %1</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>The demo store could not start. %1</source>
        <translation>Der Demo-Shop konnte nicht gestartet werden. %1</translation>
    </message>
</context>
<context>
    <name>CallsModel</name>
    <message>
        <source>When</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>%1 OK</source>
        <translation>%1 OK</translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>%1 abgelehnt</translation>
    </message>
    <message>
        <source>%1 error</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Alt</translation>
    </message>
</context>
<context>
    <name>CheckTokenDialog</name>
    <message>
        <source>Check a token</source>
        <translation>Token prüfen</translation>
    </message>
    <message>
        <source>Token to check</source>
        <translation>Zu prüfendes Token</translation>
    </message>
    <message>
        <source>Paste the token here</source>
        <translation>Token hier einfügen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Stop the old token…</source>
        <translation>Altes Token stoppen…</translation>
    </message>
    <message>
        <source>Stop the old token</source>
        <translation>Altes Token stoppen</translation>
    </message>
    <message>
        <source>Revoke this token…</source>
        <translation>Dieses Token widerrufen…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Found a token in a chat, an email or some code? Paste it to see which of your tokens it is and whether it still works. It is checked on the server and not kept anywhere.</source>
        <translation>Ein Token in einem Chat, einer E-Mail oder in Code gefunden? Fügen Sie es ein, um zu sehen, welches Ihrer Tokens es ist und ob es noch funktioniert. Es wird auf dem Server geprüft und nirgends gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <source>Revoke it, ending the current token too…</source>
        <translation>Widerrufen – beendet auch das aktuelle Token…</translation>
    </message>
    <message>
        <source>This token is not one of your store&apos;s tokens.</source>
        <translation>Dieses Token gehört nicht zu Ihrem Shop.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>CopyButtons</name>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>CreateFlow</name>
    <message>
        <source>your store</source>
        <translation>Ihren Shop</translation>
    </message>
</context>
<context>
    <name>CreateTokenDialog</name>
    <message>
        <source>Create access token</source>
        <translation>Zugriffstoken erstellen</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>for example: mobile-app</source>
        <translation>zum Beispiel: mobile-app</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Optional: who this is for, so you recognise it later</source>
        <translation>Optional: für wen es ist, damit Sie es später wiedererkennen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Create token</source>
        <translation>Token erstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>E&amp;xpires</source>
        <translation>&amp;Läuft ab</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>Your developer signs in with the access token, this username and this password; you will see all three on the next screen, ready to pass on. Give them only the access they need.</source>
        <translation>Ihr Entwickler meldet sich mit dem Zugriffstoken, diesem Benutzernamen und diesem Passwort an; alle drei sehen Sie im nächsten Schritt, bereit zur Weitergabe. Geben Sie nur den Zugriff, der wirklich nötig ist.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird erstellt…</translation>
    </message>
</context>
<context>
    <name>DailyActivityView</name>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Requests per day</source>
        <translation>Anfragen pro Tag</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Als Tabelle anzeigen</translation>
    </message>
    <message>
        <source>Show as chart</source>
        <translation>Als Diagramm anzeigen</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <source>Token details</source>
        <translation>Token-Details</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Who this is for, so you recognise it later</source>
        <translation>Für wen es ist, damit Sie es später wiedererkennen</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Notiz speichern</translation>
    </message>
    <message>
        <source>Change expiry</source>
        <translation>Ablaufdatum ändern</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Erneuern…</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Erneuern</translation>
    </message>
    <message>
        <source>Stop the old token…</source>
        <translation>Altes Token stoppen…</translation>
    </message>
    <message>
        <source>Stop the old token</source>
        <translation>Altes Token stoppen</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Widerrufen…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>E&amp;xpiry</source>
        <translation>&amp;Ablaufdatum</translation>
    </message>
    <message>
        <source>Token for “%1”</source>
        <translation>Token für „%1“</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>Disclosure</name>
    <message>
        <source>Expanded</source>
        <translation>Ausgeklappt</translation>
    </message>
    <message>
        <source>Collapsed</source>
        <translation>Eingeklappt</translation>
    </message>
</context>
<context>
    <name>EmptyPage</name>
    <message>
        <source>Create a token</source>
        <translation>Token erstellen</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche löschen</translation>
    </message>
    <message>
        <source>No token matches “%1”.</source>
        <translation>Kein Token passt zu „%1“.</translation>
    </message>
    <message>
        <source>No tokens yet. Creating one needs the API Integration add-on; the note above says where to add it.</source>
        <translation>Noch keine Tokens. Zum Erstellen brauchen Sie das Zusatzmodul API Integration; wo Sie es hinzufügen, steht im Hinweis oben.</translation>
    </message>
    <message>
        <source>No tokens yet. Create one to share with your developer.</source>
        <translation>Noch keine Tokens. Erstellen Sie eines, um es mit Ihrem Entwickler zu teilen.</translation>
    </message>
</context>
<context>
    <name>ExpiryField</name>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>On a date…</source>
        <translation>Bestimmtes Datum…</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Ablaufdatum</translation>
    </message>
</context>
<context>
    <name>ExpiryNotifier</name>
    <message>
        <source>Shipturtle Tokens</source>
        <translation>Shipturtle Tokens</translation>
    </message>
</context>
<context>
    <name>HandOffSection</name>
    <message>
        <source>One-time links</source>
        <translation>Einmal-Links</translation>
    </message>
    <message>
        <source>Loading the links…</source>
        <translation>Links werden geladen…</translation>
    </message>
    <message>
        <source>No links sent for this token. Send one from the screen that shows a new token (create or rotate).</source>
        <translation>Für dieses Token wurden keine Links gesendet. Senden Sie einen über das Fenster, das ein neues Token anzeigt (beim Erstellen oder Erneuern).</translation>
    </message>
    <message>
        <source>The links could not be loaded. %1</source>
        <translation>Die Links konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>Withdraw link</source>
        <translation>Link zurückziehen</translation>
    </message>
    <message>
        <source>Not your developer? Revoke this token</source>
        <translation>Nicht Ihr Entwickler? Dieses Token widerrufen</translation>
    </message>
</context>
<context>
    <name>HandOffWatch</name>
    <message>
        <source>The one-time link for “%1” was opened %2.</source>
        <translation>Der Einmal-Link für „%1“ wurde %2 geöffnet.</translation>
    </message>
</context>
<context>
    <name>HelpFlow</name>
    <message>
        <source>No browser could be opened. The help page is %1</source>
        <translation>Es konnte kein Browser geöffnet werden. Die Hilfeseite finden Sie unter %1</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Shipturtle help: API integration</source>
        <translation>Shipturtle-Hilfe: API integration</translation>
    </message>
    <message>
        <source>Opens %1 in your browser</source>
        <translation>Öffnet %1 in Ihrem Browser</translation>
    </message>
    <message>
        <source>Copy diagnostic information</source>
        <translation>Diagnoseinformationen kopieren</translation>
    </message>
    <message>
        <source>Copies versions, system, keychain and server for a support request; never a password or a token</source>
        <translation>Kopiert Versionen, System, Schlüsselbund und Server für eine Supportanfrage; nie ein Passwort oder Token</translation>
    </message>
    <message>
        <source>About Shipturtle Tokens</source>
        <translation>Über Shipturtle Tokens</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>The app will use your system&apos;s language the next time it starts.</source>
        <translation>Die App verwendet beim nächsten Start die Sprache Ihres Systems.</translation>
    </message>
    <message>
        <source>The app will be in %1 the next time it starts.</source>
        <translation>Die App startet beim nächsten Mal auf %1.</translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <source>Loading your tokens</source>
        <translation>Ihre Tokens werden geladen</translation>
    </message>
    <message>
        <source>Loading your tokens…</source>
        <translation>Ihre Tokens werden geladen…</translation>
    </message>
</context>
<context>
    <name>LockFlow</name>
    <message>
        <source>Quit without the new token?</source>
        <translation>Ohne das neue Token beenden?</translation>
    </message>
    <message>
        <source>A new token you have not copied yet waits behind the lock; quitting loses it for good. Unlock first to copy it.</source>
        <translation>Hinter der Sperre wartet ein neues Token, das Sie noch nicht kopiert haben; beim Beenden geht es endgültig verloren. Entsperren Sie zuerst, um es zu kopieren.</translation>
    </message>
    <message>
        <source>Quit and lose it</source>
        <translation>Beenden und verwerfen</translation>
    </message>
</context>
<context>
    <name>LockMenu</name>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Lock &amp;when idle</source>
        <translation>Bei &amp;Inaktivität sperren</translation>
    </message>
</context>
<context>
    <name>LockWindow</name>
    <message>
        <source>Shipturtle Tokens is locked</source>
        <translation>Shipturtle Tokens ist gesperrt</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>Shop:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>The demo store needs no password: press Unlock.</source>
        <translation>Der Demo-Shop braucht kein Passwort: Klicken Sie auf „Entsperren“.</translation>
    </message>
    <message>
        <source>Locking signed you out. Enter your Shipturtle password to unlock; it is needed even if you chose Remember me.</source>
        <translation>Beim Sperren wurden Sie abgemeldet. Geben Sie Ihr Shipturtle-Passwort ein, um zu entsperren; es ist auch nötig, wenn Sie „Angemeldet bleiben“ gewählt haben.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wird entsperrt…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Shipturtle Tokens</source>
        <translation>Shipturtle Tokens</translation>
    </message>
    <message>
        <source>Show tokens</source>
        <translation>Tokens anzeigen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>Loading your tokens…</source>
        <translation>Ihre Tokens werden geladen…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Create a token (Ctrl+N)</source>
        <translation>Token erstellen (Strg+N)</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generieren</translation>
    </message>
    <message>
        <source>Generate a strong password</source>
        <translation>Ein sicheres Passwort generieren</translation>
    </message>
    <message>
        <source>Strength: %1.</source>
        <translation>Stärke: %1.</translation>
    </message>
    <message>
        <source>Strength: %1. %2 The server accepts “%3” or better; Generate makes one.</source>
        <translation>Stärke: %1. %2 Der Server akzeptiert „%3“ oder besser; „Generieren“ erstellt eines.</translation>
    </message>
</context>
<context>
    <name>PermissionChoice</name>
    <message>
        <source>API access</source>
        <translation>API-Zugriff</translation>
    </message>
</context>
<context>
    <name>ProfileChooser</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this profile</source>
        <translation>Dieses Profil entfernen</translation>
    </message>
    <message>
        <source>Forget this profile on this computer, and the sign-in it remembers</source>
        <translation>Dieses Profil und seine gespeicherte Anmeldung auf diesem Computer vergessen</translation>
    </message>
</context>
<context>
    <name>ReminderBanners</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a button and its token</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Stop the old token</source>
        <translation>Altes Token stoppen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Erneuern…</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>Verlängern…</translation>
    </message>
</context>
<context>
    <name>RevealTokenDialog</name>
    <message>
        <source>Your new access token</source>
        <translation>Ihr neues Zugriffstoken</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Token kopieren</translation>
    </message>
    <message>
        <source>Copy password</source>
        <translation>Passwort kopieren</translation>
    </message>
    <message>
        <source>Copy message for your developer</source>
        <translation>Nachricht für Ihren Entwickler kopieren</translation>
    </message>
    <message>
        <source>Send as a one-time link…</source>
        <translation>Als Einmal-Link senden…</translation>
    </message>
    <message>
        <source>Include the password in this message</source>
        <translation>Passwort in diese Nachricht aufnehmen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>New token for “%1” is ready</source>
        <translation>Neues Token für „%1“ ist bereit</translation>
    </message>
    <message>
        <source>Token for “%1” is ready</source>
        <translation>Token für „%1“ ist bereit</translation>
    </message>
    <message>
        <source>Access &amp;token</source>
        <translation>Zugriffs&amp;token</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;wort</translation>
    </message>
    <message>
        <source>For your developer</source>
        <translation>Für Ihren Entwickler</translation>
    </message>
    <message>
        <source>Send another one-time link…</source>
        <translation>Weiteren Einmal-Link senden…</translation>
    </message>
</context>
<context>
    <name>RotateDialog</name>
    <message>
        <source>Rotate token</source>
        <translation>Token erneuern</translation>
    </message>
    <message>
        <source>Rotating gives “%1” a new token to hand to your developer; the username, password and permissions stay the same. The old token keeps working for the time you choose, so nothing breaks while they switch.</source>
        <translation>Beim Erneuern erhält „%1“ ein neues Token für Ihren Entwickler; Benutzername, Passwort und Berechtigungen bleiben gleich. Das alte Token funktioniert noch so lange, wie Sie wählen, damit beim Umstellen nichts ausfällt.</translation>
    </message>
    <message>
        <source>Old token stops working</source>
        <translation>Altes Token endet</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Erneuern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The &amp;old token stops working</source>
        <translation>Das &amp;alte Token endet</translation>
    </message>
    <message>
        <source>Rotating…</source>
        <translation>Wird erneuert…</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search tokens</source>
        <translation>Tokens suchen</translation>
    </message>
    <message>
        <source>Search by username or note (Ctrl+F)</source>
        <translation>Nach Benutzername oder Notiz suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche löschen</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>SendLinkDialog</name>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>3 days</source>
        <translation>3 Tage</translation>
    </message>
    <message>
        <source>Send as a one-time link</source>
        <translation>Als Einmal-Link senden</translation>
    </message>
    <message>
        <source>Include the password in the link</source>
        <translation>Passwort in den Link aufnehmen</translation>
    </message>
    <message>
        <source>The password stays the same, so the link carries the new token only.</source>
        <translation>Das Passwort bleibt gleich, daher enthält der Link nur das neue Token.</translation>
    </message>
    <message>
        <source>The link works for</source>
        <translation>Link gültig für</translation>
    </message>
    <message>
        <source>Make the link and copy the message</source>
        <translation>Link erstellen und Nachricht kopieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Copy the message again</source>
        <translation>Nachricht erneut kopieren</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>The message with the link is copied: paste it into an email or a chat to your developer. The link works until %1 and opens once; Details shows when it is opened.</source>
        <translation>Die Nachricht mit dem Link ist kopiert: Fügen Sie sie in eine E-Mail oder einen Chat an Ihren Entwickler ein. Der Link funktioniert bis %1 und lässt sich einmal öffnen; unter „Details“ sehen Sie, wann er geöffnet wird.</translation>
    </message>
    <message>
        <source>The link was not made. %1</source>
        <translation>Der Link wurde nicht erstellt. %1</translation>
    </message>
    <message>
        <source>Making the link…</source>
        <translation>Link wird erstellt…</translation>
    </message>
    <message>
        <source>Instead of the token itself, your developer gets a link that shows it once. Nobody who reads the chat or email later can use the link, and Details tells you when it was opened.</source>
        <translation>Statt des Tokens selbst erhält Ihr Entwickler einen Link, der es einmal anzeigt. Wer den Chat oder die E-Mail später liest, kann den Link nicht verwenden, und unter „Details“ sehen Sie, wann er geöffnet wurde.</translation>
    </message>
</context>
<context>
    <name>ShowPasswordButton</name>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>Passwort verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Passwort anzeigen</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>you@yourstore.com</source>
        <translation>name@ihr-shop.de</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>Auf diesem Computer angemeldet bleiben</translation>
    </message>
    <message>
        <source>Remember me</source>
        <translation>Angemeldet bleiben</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;wort</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>&amp;Serveradresse</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in to Shipturtle</source>
        <translation>Bei Shipturtle anmelden</translation>
    </message>
    <message>
        <source>Manage the API access tokens you share with your developers.</source>
        <translation>Verwalten Sie die API-Zugriffstokens, die Sie Ihren Entwicklern geben.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Try the demo – no account needed</source>
        <translation>Demo testen – ohne Konto</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Demo testen</translation>
    </message>
    <message>
        <source>Enter the email you use to sign in to Shipturtle.</source>
        <translation>Geben Sie die E-Mail-Adresse ein, mit der Sie sich bei Shipturtle anmelden.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Sie können es jetzt erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Signed in as %1 (%2) on the local demo store; nothing leaves this computer</source>
        <translation>Angemeldet als %1 (%2) im lokalen Demo-Shop; nichts verlässt diesen Computer</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) on %3</source>
        <translation>Angemeldet als %1 (%2) bei %3</translation>
    </message>
</context>
<context>
    <name>TokenActions</name>
    <message>
        <source>Stopped the old token of “%1”; its new token keeps working.</source>
        <translation>Das alte Token von „%1“ wurde gestoppt; das neue Token funktioniert weiter.</translation>
    </message>
</context>
<context>
    <name>TokenTable</name>
    <message>
        <source>Access tokens</source>
        <translation>Zugriffstokens</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Erneuern…</translation>
    </message>
    <message>
        <source>Copy token ending</source>
        <translation>Token-Endung kopieren</translation>
    </message>
    <message>
        <source>Stop the old token…</source>
        <translation>Altes Token stoppen…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Widerrufen…</translation>
    </message>
</context>
<context>
    <name>TokenTableModel</name>
    <message>
        <source>%1, expires soon</source>
        <translation>%1, läuft bald ab</translation>
    </message>
    <message>
        <source>Expires soon: %1</source>
        <translation>Läuft bald ab: %1</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Widerrufen am %1</translation>
    </message>
    <message>
        <source>Only the last characters are shown; the full token was shown once.</source>
        <translation>Nur die letzten Zeichen werden angezeigt; das vollständige Token wurde nur einmal angezeigt.</translation>
    </message>
</context>
<context>
    <name>TokenWatch</name>
    <message>
        <source>The list could not be updated; trying again at %1.</source>
        <translation>Die Liste konnte nicht aktualisiert werden; neuer Versuch um %1.</translation>
    </message>
</context>
<context>
    <name>TrayDesktop</name>
    <message>
        <source>Shipturtle Tokens</source>
        <translation>Shipturtle Tokens</translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Sort by</source>
        <translation>&amp;Sortieren nach</translation>
    </message>
    <message>
        <source>&amp;Ascending</source>
        <translation>&amp;Aufsteigend</translation>
    </message>
    <message>
        <source>&amp;Descending</source>
        <translation>A&amp;bsteigend</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>New token</source>
        <translation>Neues Token</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Jetzt sperren</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Erneuern…</translation>
    </message>
    <message>
        <source>Stop the old token…</source>
        <translation>Altes Token stoppen…</translation>
    </message>
    <message>
        <source>Check a token…</source>
        <translation>Token prüfen…</translation>
    </message>
</context>
<context>
    <name>accessibility</name>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>activity_chart</name>
    <message>
        <source>No activity to show.</source>
        <translation>Keine Aktivität vorhanden.</translation>
    </message>
</context>
<context>
    <name>check_dialog</name>
    <message>
        <source>Paste a token to check it.</source>
        <translation>Fügen Sie ein Token ein, um es zu prüfen.</translation>
    </message>
    <message>
        <source>This is not a Shipturtle access token: those start with “%1”.</source>
        <translation>Das ist kein Zugriffstoken von Shipturtle: Diese beginnen mit „%1“.</translation>
    </message>
    <message>
        <source>This looks like a Shipturtle access token, but it was mistyped or cut short. Copy all of it and check again.</source>
        <translation>Das sieht wie ein Zugriffstoken von Shipturtle aus, ist aber falsch eingegeben oder abgeschnitten. Kopieren Sie es vollständig und prüfen Sie es erneut.</translation>
    </message>
    <message>
        <source>This is the current token for “%1” (%2).</source>
        <translation>Das ist das aktuelle Token für „%1“ (%2).</translation>
    </message>
    <message>
        <source>This is the old token, replaced by a rotation, for “%1” (%2).</source>
        <translation>Das ist das alte, durch eine Erneuerung ersetzte Token für „%1“ (%2).</translation>
    </message>
    <message>
        <source>It has never been used.</source>
        <translation>Es wurde noch nie verwendet.</translation>
    </message>
    <message>
        <source>It was last used %1.</source>
        <translation>Es wurde zuletzt %1 verwendet.</translation>
    </message>
    <message>
        <source>It was revoked on %1 and no longer works.</source>
        <translation>Es wurde am %1 widerrufen und funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>It has expired and no longer works.</source>
        <translation>Es ist abgelaufen und funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>It works.</source>
        <translation>Es funktioniert.</translation>
    </message>
    <message>
        <source>It no longer works.</source>
        <translation>Es funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>It works until %1.</source>
        <translation>Es funktioniert bis %1.</translation>
    </message>
    <message>
        <source>It stopped working on %1 and no longer works.</source>
        <translation>Es funktioniert seit %1 nicht mehr.</translation>
    </message>
</context>
<context>
    <name>controller</name>
    <message>
        <source>Starting the demo store…</source>
        <translation>Demo-Shop wird gestartet…</translation>
    </message>
</context>
<context>
    <name>copy_buttons</name>
    <message>
        <source>The token is no longer on the clipboard.</source>
        <translation>Das Token ist nicht mehr in der Zwischenablage.</translation>
    </message>
    <message>
        <source>The password is no longer on the clipboard.</source>
        <translation>Das Passwort ist nicht mehr in der Zwischenablage.</translation>
    </message>
    <message>
        <source>The message for your developer is no longer on the clipboard.</source>
        <translation>Die Nachricht für Ihren Entwickler ist nicht mehr in der Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Something went wrong in Shipturtle Tokens. Your tokens on the server are safe. If it happens again, restart the app; the details are in its log file.</source>
        <translation>In Shipturtle Tokens ist ein Fehler aufgetreten. Ihre Tokens auf dem Server sind sicher. Wenn es wieder passiert, starten Sie die App neu; die Details stehen in ihrer Protokolldatei.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
</context>
<context>
    <name>create_rules</name>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>API access</source>
        <translation>API-Zugriff</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Enter a username for your developer.</source>
        <translation>Geben Sie einen Benutzernamen für Ihren Entwickler ein.</translation>
    </message>
    <message>
        <source>Enter a username.</source>
        <translation>Geben Sie einen Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Remove the invisible character from the username.</source>
        <translation>Entfernen Sie das unsichtbare Zeichen aus dem Benutzernamen.</translation>
    </message>
    <message>
        <source>Remove %1: use only letters A–Z, digits and . _ -</source>
        <translation>Entfernen Sie %1: Erlaubt sind nur Buchstaben A–Z, Ziffern und . _ -</translation>
    </message>
    <message>
        <source>Remove %1 from the username.</source>
        <translation>Entfernen Sie %1 aus dem Benutzernamen.</translation>
    </message>
    <message>
        <source>Enter a password for your developer.</source>
        <translation>Geben Sie ein Passwort für Ihren Entwickler ein.</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>Geben Sie ein Passwort ein.</translation>
    </message>
    <message>
        <source>Remove the invisible character from the password: retype or Generate it.</source>
        <translation>Entfernen Sie das unsichtbare Zeichen aus dem Passwort: Geben Sie es neu ein oder klicken Sie auf „Generieren“.</translation>
    </message>
    <message>
        <source>Remove the invisible character from the password.</source>
        <translation>Entfernen Sie das unsichtbare Zeichen aus dem Passwort.</translation>
    </message>
    <message>
        <source>The password must not contain the username.</source>
        <translation>Das Passwort darf den Benutzernamen nicht enthalten.</translation>
    </message>
    <message>
        <source>Take the username out of the password.</source>
        <translation>Entfernen Sie den Benutzernamen aus dem Passwort.</translation>
    </message>
    <message>
        <source>Checking how hard the password is to guess…</source>
        <translation>Es wird geprüft, wie leicht das Passwort zu erraten ist…</translation>
    </message>
    <message>
        <source>Too easy to guess: add a few words, or press Generate.</source>
        <translation>Zu leicht zu erraten: Fügen Sie ein paar Wörter hinzu oder klicken Sie auf „Generieren“.</translation>
    </message>
    <message>
        <source>Make the password harder to guess.</source>
        <translation>Wählen Sie ein Passwort, das schwerer zu erraten ist.</translation>
    </message>
    <message>
        <source>Remove the invisible character from the note.</source>
        <translation>Entfernen Sie das unsichtbare Zeichen aus der Notiz.</translation>
    </message>
    <message>
        <source>Choose an expiry date in the future.</source>
        <translation>Wählen Sie ein Ablaufdatum in der Zukunft.</translation>
    </message>
    <message>
        <source>Choose an expiry date at most a year from today.</source>
        <translation>Wählen Sie ein Ablaufdatum, das höchstens ein Jahr in der Zukunft liegt.</translation>
    </message>
    <message>
        <source>Change the username.</source>
        <translation>Ändern Sie den Benutzernamen.</translation>
    </message>
    <message>
        <source>Change the password.</source>
        <translation>Ändern Sie das Passwort.</translation>
    </message>
    <message>
        <source>Change the permissions.</source>
        <translation>Ändern Sie die Berechtigungen.</translation>
    </message>
    <message>
        <source>Change the expiry date.</source>
        <translation>Ändern Sie das Ablaufdatum.</translation>
    </message>
    <message>
        <source>Change the note.</source>
        <translation>Ändern Sie die Notiz.</translation>
    </message>
    <message>
        <source>Choose another username.</source>
        <translation>Wählen Sie einen anderen Benutzernamen.</translation>
    </message>
    <message>
        <source>more</source>
        <comment>the end of a list of characters</comment>
        <translation>weitere</translation>
    </message>
    <message>
        <source>spaces</source>
        <comment>a character named in a list: “@” and spaces</comment>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a character quoted in a list</comment>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>details_dialog</name>
    <message>
        <source>Revoked on %1</source>
        <translation>Widerrufen am %1</translation>
    </message>
</context>
<context>
    <name>developer_message</name>
    <message>
        <source>Here is your access to the Shipturtle API for %1.</source>
        <translation>Hier ist Ihr Zugang zur Shipturtle-API für %1.</translation>
    </message>
    <message>
        <source>This is the Shipturtle Tokens demo store on my computer: it answers only on this computer, and only while the Shipturtle Tokens app is open.</source>
        <translation>Das ist der Demo-Shop von Shipturtle Tokens auf meinem Computer: Er antwortet nur auf diesem Computer und nur, solange die App Shipturtle Tokens geöffnet ist.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Revoke token</source>
        <translation>Token widerrufen</translation>
    </message>
    <message>
        <source>Revoke the token for “%1” (%2)?</source>
        <translation>Token für „%1“ (%2) widerrufen?</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>The token you checked is the old one: revoking ends the current token too, which your developer may be using now. To end only the old one, choose Stop the old token instead.</source>
        <translation>Das geprüfte Token ist das alte: Beim Widerrufen endet auch das aktuelle Token, das Ihr Entwickler vielleicht gerade verwendet. Um nur das alte zu beenden, wählen Sie stattdessen „Altes Token stoppen“.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the old token</source>
        <translation>Altes Token stoppen</translation>
    </message>
    <message>
        <source>Stop the old token of “%1” (ending …%2) now?</source>
        <translation>Altes Token von „%1“ (Endung …%2) jetzt stoppen?</translation>
    </message>
    <message>
        <source>Anything still using the old token stops working at once; the new token (ending …%1) keeps working.</source>
        <translation>Alles, was das alte Token noch verwendet, funktioniert sofort nicht mehr; das neue Token (Endung …%1) funktioniert weiter.</translation>
    </message>
    <message>
        <source>Your developer switched to the new one, so nothing should break.</source>
        <translation>Ihr Entwickler hat auf das neue umgestellt, daher sollte nichts ausfallen.</translation>
    </message>
    <message>
        <source>Make sure your developer uses the new one first.</source>
        <translation>Stellen Sie zuerst sicher, dass Ihr Entwickler das neue verwendet.</translation>
    </message>
    <message>
        <source>The old token was still used %1: make sure your developer switched first.</source>
        <translation>Das alte Token wurde noch %1 verwendet: Stellen Sie zuerst sicher, dass Ihr Entwickler umgestellt hat.</translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation>Nicht kopiert</translation>
    </message>
    <message>
        <source>Close without copying</source>
        <translation>Ohne Kopieren schließen</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>You have not copied the token and its password. Close anyway?</source>
        <translation>Sie haben das Token und sein Passwort nicht kopiert. Trotzdem schließen?</translation>
    </message>
    <message>
        <source>You will not be able to see them again; you would have to revoke the token and create a new one.</source>
        <translation>Sie können beides später nicht mehr ansehen; Sie müssten das Token widerrufen und ein neues erstellen.</translation>
    </message>
    <message>
        <source>You will not be able to see it again; you would have to revoke the token and create a new one.</source>
        <translation>Sie können es später nicht mehr ansehen; Sie müssten das Token widerrufen und ein neues erstellen.</translation>
    </message>
    <message>
        <source>You have not copied the token. Close anyway?</source>
        <translation>Sie haben das Token nicht kopiert. Trotzdem schließen?</translation>
    </message>
    <message>
        <source>You have not copied the password. Close anyway?</source>
        <translation>Sie haben das Passwort nicht kopiert. Trotzdem schließen?</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the profile “%1” from this computer?</source>
        <translation>Profil „%1“ von diesem Computer entfernen?</translation>
    </message>
    <message>
        <source>Its remembered sign-in ends, here and on the Shipturtle server; your account and your tokens stay as they are. To use it again, sign in with your password.</source>
        <translation>Die gespeicherte Anmeldung wird hier und auf dem Shipturtle-Server beendet; Ihr Konto und Ihre Tokens bleiben unverändert. Um das Profil wieder zu verwenden, melden Sie sich mit Ihrem Passwort an.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>error_words</name>
    <message>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>Zu viele Versuche. Warten Sie eine Minute und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again in a moment.</source>
        <translation>Etwas ist schiefgelaufen. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server refused this, saying: “%1”</source>
        <translation>Der Server hat dies mit folgender Meldung abgelehnt: „%1“</translation>
    </message>
    <message>
        <source>This server address cannot be used. Use an address that starts with https://.</source>
        <translation>Diese Serveradresse kann nicht verwendet werden. Verwenden Sie eine Adresse, die mit https:// beginnt.</translation>
    </message>
    <message>
        <source>This is not a web address. Use one like %1.</source>
        <translation>Das ist keine Webadresse. Verwenden Sie eine Adresse wie %1.</translation>
    </message>
    <message>
        <source>Remove the name and password from the server address.</source>
        <translation>Entfernen Sie Namen und Passwort aus der Serveradresse.</translation>
    </message>
    <message>
        <source>This address uses plain http://, which is not safe over the internet. Use its https:// address instead.</source>
        <translation>Diese Adresse verwendet unverschlüsseltes http://, das im Internet nicht sicher ist. Verwenden Sie stattdessen ihre https://-Adresse.</translation>
    </message>
    <message>
        <source>Cannot reach the Shipturtle server. Check your internet connection and try again.</source>
        <translation>Der Shipturtle-Server ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Nothing answers at this server address. Check the address and try again.</source>
        <translation>Unter dieser Serveradresse antwortet nichts. Prüfen Sie die Adresse und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This server address does not exist. Check the address and try again.</source>
        <translation>Diese Serveradresse existiert nicht. Prüfen Sie die Adresse und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The Shipturtle server took too long to answer. Try again in a moment.</source>
        <translation>Der Shipturtle-Server hat zu lange nicht geantwortet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The Shipturtle server is too slow to answer right now. Try again later.</source>
        <translation>Der Shipturtle-Server antwortet gerade zu langsam. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to continue.</source>
        <translation>Ihre Sitzung wurde beendet. Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <source>Your remembered session has ended on the Shipturtle server. Sign in again to continue.</source>
        <translation>Ihre gespeicherte Sitzung wurde auf dem Shipturtle-Server beendet. Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <source>Sign in to continue.</source>
        <translation>Melden Sie sich an, um fortzufahren.</translation>
    </message>
    <message>
        <source>The email or password is not right. Check both and try again.</source>
        <translation>E-Mail oder Passwort ist falsch. Prüfen Sie beides und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Sign in first with the access token, the username and the password, then call the API with the API session that gives.</source>
        <translation>Melden Sie sich zuerst mit dem Zugriffstoken, dem Benutzernamen und dem Passwort an und rufen Sie dann die API mit der API-Sitzung auf, die Sie dabei erhalten.</translation>
    </message>
    <message>
        <source>The API session has ended after its hour. Sign in again.</source>
        <translation>Die API-Sitzung gilt nur eine Stunde und ist jetzt beendet. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>This access token is not valid: it was revoked, has expired or was mistyped.</source>
        <translation>Dieses Zugriffstoken ist nicht gültig: Es wurde widerrufen, ist abgelaufen oder wurde falsch eingegeben.</translation>
    </message>
    <message>
        <source>This is not a complete access token: it starts with %1 and is %2 characters long. Copy it again.</source>
        <translation>Das ist kein vollständiges Zugriffstoken: Es beginnt mit %1 und ist %2 Zeichen lang. Kopieren Sie es erneut.</translation>
    </message>
    <message>
        <source>This token was revoked, so it cannot be changed or rotated. Create a new one.</source>
        <translation>Dieses Token wurde widerrufen und kann daher nicht geändert oder erneuert werden. Erstellen Sie ein neues.</translation>
    </message>
    <message>
        <source>This token has expired, so it cannot be changed or rotated. Create a new one.</source>
        <translation>Dieses Token ist abgelaufen und kann daher nicht geändert oder erneuert werden. Erstellen Sie ein neues.</translation>
    </message>
    <message>
        <source>Your plan does not include the API Integration add-on. Add it in Shipturtle under Settings &gt; Subscription and billing, then try again.</source>
        <translation>Ihr Tarif enthält das Zusatzmodul API Integration nicht. Fügen Sie es in Shipturtle unter Settings &gt; Subscription and billing hinzu und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>This access token does not have the permission for that request.</source>
        <translation>Dieses Zugriffstoken hat keine Berechtigung für diese Anfrage.</translation>
    </message>
    <message>
        <source>This token was rotated since this secret was shown, so it no longer works. Use the new secret.</source>
        <translation>Dieses Token wurde erneuert, nachdem es hier angezeigt wurde, und funktioniert daher nicht mehr. Verwenden Sie das neue Token.</translation>
    </message>
    <message>
        <source>This access token no longer exists. Refresh the list and try again.</source>
        <translation>Dieses Zugriffstoken existiert nicht mehr. Aktualisieren Sie die Liste und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Some fields need fixing; see each field.</source>
        <translation>Einige Felder müssen korrigiert werden; die Hinweise stehen jeweils beim Feld.</translation>
    </message>
    <message>
        <source>An active token already uses this username. Choose another username.</source>
        <translation>Ein aktives Token verwendet diesen Benutzernamen bereits. Wählen Sie einen anderen Benutzernamen.</translation>
    </message>
    <message>
        <source>The Shipturtle server had a problem. Try again in a few minutes; if it keeps happening, contact Shipturtle support.</source>
        <translation>Beim Shipturtle-Server ist ein Problem aufgetreten. Versuchen Sie es in ein paar Minuten erneut; wenn es weiterhin passiert, wenden Sie sich an den Shipturtle-Support.</translation>
    </message>
    <message>
        <source>The Shipturtle server cannot save anything right now, so nothing was changed. Try again in a few minutes.</source>
        <translation>Der Shipturtle-Server kann gerade nichts speichern, daher wurde nichts geändert. Versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <source>The server sent an answer this app does not understand (%1). Check the server address, or update the app.</source>
        <translation>Der Server hat eine Antwort gesendet, die diese App nicht versteht (%1). Prüfen Sie die Serveradresse oder aktualisieren Sie die App.</translation>
    </message>
    <message>
        <source>Your keychain is locked, so your remembered sign-in could not be read. Choose Retry and unlock it, or sign in with your password.</source>
        <translation>Ihr Schlüsselbund ist gesperrt, daher konnte Ihre gespeicherte Anmeldung nicht gelesen werden. Wählen Sie „Erneut versuchen“ und entsperren Sie ihn, oder melden Sie sich mit Ihrem Passwort an.</translation>
    </message>
    <message>
        <source>This computer has no keychain, so your sign-in could not be remembered. Sign in with your password.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund, daher konnte Ihre Anmeldung nicht gespeichert werden. Melden Sie sich mit Ihrem Passwort an.</translation>
    </message>
    <message>
        <source>Your keychain could not be read, so your remembered sign-in cannot be used. Sign in with your password.</source>
        <translation>Ihr Schlüsselbund konnte nicht gelesen werden, daher lässt sich Ihre gespeicherte Anmeldung nicht verwenden. Melden Sie sich mit Ihrem Passwort an.</translation>
    </message>
    <message>
        <source>If it keeps happening, give support this reference: %1.</source>
        <translation>Wenn es weiterhin passiert, nennen Sie dem Support diese Referenz: %1.</translation>
    </message>
    <message>
        <source>Your keychain is locked, so this sign-in is not remembered; unlock it and sign in again to be remembered next time.</source>
        <translation>Ihr Schlüsselbund ist gesperrt, daher wird diese Anmeldung nicht gespeichert; entsperren Sie ihn und melden Sie sich erneut an, damit Sie beim nächsten Mal angemeldet bleiben.</translation>
    </message>
    <message>
        <source>This computer has no keychain; you will be asked to sign in next time.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund; Sie müssen sich beim nächsten Mal erneut anmelden.</translation>
    </message>
    <message>
        <source>Your settings could not be read, so the app started with defaults.</source>
        <translation>Ihre Einstellungen konnten nicht gelesen werden, daher wurde die App mit den Standardwerten gestartet.</translation>
    </message>
    <message>
        <source>Your settings could not be read, so the app started with defaults. The old file was kept as %1.</source>
        <translation>Ihre Einstellungen konnten nicht gelesen werden, daher wurde die App mit den Standardwerten gestartet. Die alte Datei wurde als %1 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>field_words</name>
    <message>
        <source>Remove the invisible control character (%1) from this text.</source>
        <translation>Entfernen Sie das unsichtbare Steuerzeichen (%1) aus diesem Text.</translation>
    </message>
    <message>
        <source>Use %1 to %2 letters, digits, dots (.), underscores (_) or hyphens (-).</source>
        <translation>Verwenden Sie %1 bis %2 Buchstaben, Ziffern, Punkte (.), Unterstriche (_) oder Bindestriche (-).</translation>
    </message>
    <message>
        <source>An active token already uses this username.</source>
        <translation>Ein aktives Token verwendet diesen Benutzernamen bereits.</translation>
    </message>
    <message>
        <source>Use %1 to %2 characters.</source>
        <translation>Verwenden Sie %1 bis %2 Zeichen.</translation>
    </message>
    <message>
        <source>The password must not contain the username.</source>
        <translation>Das Passwort darf den Benutzernamen nicht enthalten.</translation>
    </message>
    <message>
        <source>%1 Choose a password that is harder to guess.</source>
        <translation>%1 Wählen Sie ein Passwort, das schwerer zu erraten ist.</translation>
    </message>
    <message>
        <source>Choose at least one permission.</source>
        <translation>Wählen Sie mindestens eine Berechtigung.</translation>
    </message>
    <message>
        <source>Unknown permission %1; choose from %2.</source>
        <translation>Unbekannte Berechtigung %1; wählen Sie aus %2.</translation>
    </message>
    <message>
        <source>Give a date and time with a time zone, like 2027-01-31T23:59:59Z.</source>
        <translation>Geben Sie Datum und Uhrzeit mit Zeitzone an, z. B. 2027-01-31T23:59:59Z.</translation>
    </message>
    <message>
        <source>The expiry date must be in the future.</source>
        <translation>Das Ablaufdatum muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>This is not a complete access token.</source>
        <translation>Das ist kein vollständiges Zugriffstoken.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dieses Feld ist erforderlich.</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>Verwenden Sie einen dieser Werte: %1.</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Active, switching</source>
        <translation>Aktiv, im Wechsel</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>the start of a list: a, b</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the end of a list: a and b</comment>
        <translation>%1 und %2</translation>
    </message>
</context>
<context>
    <name>help_dialogs</name>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Create, share and revoke the access tokens your developers use with the Shipturtle API (API integration in the Shipturtle dashboard).</source>
        <translation>Erstellen, teilen und widerrufen Sie die Zugriffstokens, die Ihre Entwickler mit der Shipturtle-API verwenden (API integration im Shipturtle-Dashboard).</translation>
    </message>
    <message>
        <source>Shipturtle Tokens is built with these open-source parts, each under its own licence (as each one declares it):</source>
        <translation>Shipturtle Tokens verwendet diese Open-Source-Komponenten, jede unter ihrer eigenen Lizenz (so, wie sie sie angibt):</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Open-source parts</source>
        <translation>Open-Source-Komponenten</translation>
    </message>
</context>
<context>
    <name>help_flow</name>
    <message>
        <source>Copied the diagnostic information (versions, system, keychain and server; no password or token). Paste it into your message to Shipturtle support.</source>
        <translation>Diagnoseinformationen kopiert (Versionen, System, Schlüsselbund und Server; kein Passwort und kein Token). Fügen Sie sie in Ihre Nachricht an den Shipturtle-Support ein.</translation>
    </message>
</context>
<context>
    <name>main_menus</name>
    <message>
        <source>%1 (%2)</source>
        <comment>an action and its keys</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>&amp;Tokens</source>
        <translation>&amp;Tokens</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>notifier</name>
    <message>
        <source>“%1” has switched to its new token.</source>
        <translation>„%1“ hat auf das neue Token umgestellt.</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Active</source>
        <translation>Aktive</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufene</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufene</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Your plan does not include the API Integration add-on, so you cannot create tokens yet. Add it in Shipturtle under Settings &gt; Subscription and billing.</source>
        <translation>Ihr Tarif enthält das Zusatzmodul API Integration nicht, daher können Sie noch keine Tokens erstellen. Fügen Sie es in Shipturtle unter Settings &gt; Subscription and billing hinzu.</translation>
    </message>
    <message>
        <source>No active tokens. Choose “All” under Show to see the others.</source>
        <translation>Keine aktiven Tokens. Wählen Sie unter „Anzeigen“ die Option „Alle“, um die anderen zu sehen.</translation>
    </message>
    <message>
        <source>No revoked tokens. Choose “All” under Show to see the others.</source>
        <translation>Keine widerrufenen Tokens. Wählen Sie unter „Anzeigen“ die Option „Alle“, um die anderen zu sehen.</translation>
    </message>
    <message>
        <source>No expired tokens. Choose “All” under Show to see the others.</source>
        <translation>Keine abgelaufenen Tokens. Wählen Sie unter „Anzeigen“ die Option „Alle“, um die anderen zu sehen.</translation>
    </message>
</context>
<context>
    <name>password_words</name>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>Ein einzelnes Wort ist leicht zu erraten.</translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Fügen Sie ein oder zwei weitere Wörter hinzu. Ungewöhnliche Wörter sind besser.</translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>Nur Großbuchstaben sind fast so leicht zu erraten wie nur Kleinbuchstaben.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Vermeiden Sie Datumsangaben und Jahre, die mit Ihnen zu tun haben.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>Vermeiden Sie jüngere Jahreszahlen.</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>Vermeiden Sie wiederholte Wörter und Zeichen.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>Vermeiden Sie Zeichenfolgen wie „abc“.</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>Vermeiden Sie Jahre, die mit Ihnen zu tun haben.</translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>Großschreibung hilft nicht viel.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Häufige Vor- und Nachnamen sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>Datumsangaben sind oft leicht zu erraten.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Vor- und Nachnamen allein sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>Symbole, Ziffern oder Großbuchstaben sind nicht nötig.</translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>Vorhersehbare Ersetzungen wie ‚@‘ statt ‚a‘ helfen nicht viel.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>Jüngere Jahreszahlen sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>Wiederholungen wie „aaa“ sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>Wiederholungen wie „abcabcabc“ sind nur wenig schwerer zu erraten als „abc“.</translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>Rückwärts geschriebene Wörter sind kaum schwerer zu erraten.</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>Folgen wie „abc“ oder „6543“ sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Kurze Tastaturmuster sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Gerade Tastenreihen sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation>Das ist eines der 10 häufigsten Passwörter.</translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation>Das ist eines der 100 häufigsten Passwörter.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>Das ist ein sehr häufiges Passwort.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>Das ähnelt einem häufig verwendeten Passwort.</translation>
    </message>
    <message>
        <source>This password is easy to guess. Add another word or two.</source>
        <translation>Dieses Passwort ist leicht zu erraten. Fügen Sie ein oder zwei weitere Wörter hinzu.</translation>
    </message>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Verwenden Sie mehrere Wörter und vermeiden Sie gängige Redewendungen.</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Verwenden Sie ein längeres Tastaturmuster mit mehr Richtungswechseln.</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Sehr schwach</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Sehr stark</translation>
    </message>
</context>
<context>
    <name>passwords</name>
    <message>
        <source>Choose a date in the future.</source>
        <translation>Wählen Sie ein Datum in der Zukunft.</translation>
    </message>
    <message>
        <source>Choose a date at most a year from today.</source>
        <translation>Wählen Sie ein Datum, das höchstens ein Jahr in der Zukunft liegt.</translation>
    </message>
</context>
<context>
    <name>receipt_words</name>
    <message>
        <source>%1 on %2</source>
        <comment>a browser on a system</comment>
        <translation>%1 unter %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a sentence, then another</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Link sent %1 expired unopened.</source>
        <translation>Der %1 gesendete Link ist ungeöffnet abgelaufen.</translation>
    </message>
    <message>
        <source>Link sent %1 was withdrawn.</source>
        <translation>Der %1 gesendete Link wurde zurückgezogen.</translation>
    </message>
    <message>
        <source>Link sent %1, not opened yet; it works until %2.</source>
        <translation>Link %1 gesendet, noch nicht geöffnet; er funktioniert bis %2.</translation>
    </message>
    <message>
        <source>today at %1</source>
        <comment>after &apos;until&apos;</comment>
        <translation>heute um %1</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <comment>after &apos;until&apos;</comment>
        <translation>morgen um %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>after &apos;until&apos;: a day, a time</comment>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>Opened %1 from %2 (%3).</source>
        <translation>Geöffnet %1 von %2 (%3).</translation>
    </message>
    <message>
        <source>Opened %1 from %2.</source>
        <translation>Geöffnet %1 von %2.</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Geöffnet %1.</translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <source>“%1” expires %2.</source>
        <translation>„%1“ läuft %2 ab.</translation>
    </message>
    <message>
        <source>The old token of “%1” stops working %2.</source>
        <translation>Das alte Token von „%1“ endet %2.</translation>
    </message>
    <message>
        <source>“%1” has switched to its new token. Stop the old one now?</source>
        <translation>„%1“ hat auf das neue Token umgestellt. Das alte jetzt stoppen?</translation>
    </message>
    <message>
        <source>The old token of “%1” stops working %2, and it was still used %3. Make sure your developer has switched to the new one.</source>
        <translation>Das alte Token von „%1“ endet %2 und wurde noch %3 verwendet. Stellen Sie sicher, dass Ihr Entwickler auf das neue umgestellt hat.</translation>
    </message>
</context>
<context>
    <name>reveal_words</name>
    <message>
        <source>This is the only time the token is shown. Copy it now, with its password, and give both to your developer; you will not be able to see them again.</source>
        <translation>Das Token wird nur dieses eine Mal angezeigt. Kopieren Sie es jetzt mit seinem Passwort und geben Sie beides Ihrem Entwickler; später können Sie beides nicht mehr ansehen.</translation>
    </message>
    <message>
        <source>This is the only time the new token is shown. Copy it now and give it to your developer; the username and password stay the same.</source>
        <translation>Das neue Token wird nur dieses eine Mal angezeigt. Kopieren Sie es jetzt und geben Sie es Ihrem Entwickler; Benutzername und Passwort bleiben gleich.</translation>
    </message>
    <message>
        <source>It replaces the access token ending …%1, which has stopped working.</source>
        <translation>Es ersetzt das Zugriffstoken mit der Endung …%1, das nicht mehr funktioniert.</translation>
    </message>
    <message>
        <source>It replaces the access token ending …%1, which keeps working until %2.</source>
        <translation>Es ersetzt das Zugriffstoken mit der Endung …%1, das noch bis %2 funktioniert.</translation>
    </message>
    <message>
        <source>Recommended: send a link that shows the token once, instead of the token itself. Nothing readable stays in your chat or email, and Details tells you when it was opened.</source>
        <translation>Empfohlen: Senden Sie statt des Tokens selbst einen Link, der es einmal anzeigt. So bleibt nichts Lesbares in Ihrem Chat oder Ihrer E-Mail, und unter „Details“ sehen Sie, wann er geöffnet wurde.</translation>
    </message>
    <message>
        <source>One message with everything they need to connect: the store, the token, the expiry date, the API address, and the commands that sign in and read your data.</source>
        <translation>Eine Nachricht mit allem, was zum Verbinden nötig ist: Shop, Token, Ablaufdatum, API-Adresse und die Befehle zum Anmelden und Lesen Ihrer Daten.</translation>
    </message>
    <message>
        <source>One message with everything they need to connect: the store, the username, the permissions, the expiry date, the API address, and the commands that sign in and read your data.</source>
        <translation>Eine Nachricht mit allem, was zum Verbinden nötig ist: Shop, Benutzername, Berechtigungen, Ablaufdatum, API-Adresse und die Befehle zum Anmelden und Lesen Ihrer Daten.</translation>
    </message>
    <message>
        <source>Safer left off: send the password another way, such as a phone call or a different app, so one lost message is not enough to get in.</source>
        <translation>Sicherer ohne: Senden Sie das Passwort auf anderem Weg, etwa per Anruf oder über eine andere App, damit eine verlorene Nachricht allein nicht für den Zugang reicht.</translation>
    </message>
</context>
<context>
    <name>rotate_dialog</name>
    <message>
        <source>Stop the old token now</source>
        <translation>Altes Token jetzt stoppen</translation>
    </message>
    <message>
        <source>The old token ending …%1 still works until %2 and has not been used since the rotation. Rotating again stops it at once: anything still using it will stop working.</source>
        <translation>Das alte Token mit der Endung …%1 funktioniert noch bis %2 und wurde seit der Erneuerung nicht verwendet. Wenn Sie noch einmal erneuern, wird es sofort gestoppt: Alles, was es noch verwendet, funktioniert dann nicht mehr.</translation>
    </message>
    <message>
        <source>The old token ending …%1 still works until %2 and was last used %3. Rotating again stops it at once: anything still using it will stop working.</source>
        <translation>Das alte Token mit der Endung …%1 funktioniert noch bis %2 und wurde zuletzt %3 verwendet. Wenn Sie noch einmal erneuern, wird es sofort gestoppt: Alles, was es noch verwendet, funktioniert dann nicht mehr.</translation>
    </message>
</context>
<context>
    <name>session_flow</name>
    <message>
        <source>You are signed out, but your keychain could not be opened to forget the remembered sign-in; it is forgotten the next time this app starts, before anything else.</source>
        <translation>Sie sind abgemeldet, aber Ihr Schlüsselbund konnte nicht geöffnet werden, um die gespeicherte Anmeldung zu vergessen; das holt die App beim nächsten Start als Erstes nach.</translation>
    </message>
</context>
<context>
    <name>switchover</name>
    <message>
        <source>today at %1</source>
        <comment>a moment in a sentence</comment>
        <translation>heute um %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <comment>a moment in a sentence</comment>
        <translation>gestern um %1</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <comment>a moment in a sentence</comment>
        <translation>am %1 um %2</translation>
    </message>
    <message>
        <source>The new token has not been used yet; the old one has not been used since the rotation.</source>
        <translation>Das neue Token wurde noch nicht verwendet; das alte seit der Erneuerung nicht mehr.</translation>
    </message>
    <message>
        <source>The new token has not been used yet; the old one was last used %1.</source>
        <translation>Das neue Token wurde noch nicht verwendet; das alte zuletzt %1.</translation>
    </message>
    <message>
        <source>The new token was first used %1; the old one has not been used since the rotation.</source>
        <translation>Das neue Token wurde erstmals %1 verwendet; das alte seit der Erneuerung nicht mehr.</translation>
    </message>
    <message>
        <source>The new token was first used %1; the old one was last used %2.</source>
        <translation>Das neue Token wurde erstmals %1 verwendet; das alte zuletzt %2.</translation>
    </message>
    <message>
        <source>The old one stops working %1.</source>
        <translation>Das alte endet %1.</translation>
    </message>
</context>
<context>
    <name>token_actions</name>
    <message>
        <source>Revoked the token for “%1”.</source>
        <translation>Das Token für „%1“ wurde widerrufen.</translation>
    </message>
    <message>
        <source>The token was not revoked. %1</source>
        <translation>Das Token wurde nicht widerrufen. %1</translation>
    </message>
</context>
<context>
    <name>token_table</name>
    <message>
        <source>Show note column</source>
        <translation>Spalte „Notiz“ anzeigen</translation>
    </message>
</context>
<context>
    <name>token_words</name>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>window_actions</name>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
</context>
</TS>
