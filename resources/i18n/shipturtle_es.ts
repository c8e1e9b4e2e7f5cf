<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message numerus="yes">
        <source>Revoke %n tokens</source>
        <translation>
            <numerusform>Revocar %n token</numerusform>
            <numerusform>Revocar %n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n tokens: %1?</source>
        <translation>
            <numerusform>¿Revocar %n token: %1?</numerusform>
            <numerusform>¿Revocar %n tokens: %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>API requests using them are rejected at once, so any system still using them stops working. They stay in your list as revoked and can never be used again.</source>
        <translation>
            <numerusform>Las solicitudes a la API que lo usan se rechazan al instante, así que cualquier sistema que aún lo use deja de funcionar. Se queda en tu lista como revocado y no se podrá volver a usar nunca.</numerusform>
            <numerusform>Las solicitudes a la API que los usan se rechazan al instante, así que cualquier sistema que aún los use deja de funcionar. Se quedan en tu lista como revocados y no se podrán volver a usar nunca.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n más</numerusform>
            <numerusform>%n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Wait %n seconds and try again.</source>
        <translation>
            <numerusform>Demasiados intentos. Espera %n segundo y vuelve a intentarlo.</numerusform>
            <numerusform>Demasiados intentos. Espera %n segundos y vuelve a intentarlo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n years</source>
        <translation>
            <numerusform>dentro de %n año</numerusform>
            <numerusform>dentro de %n años</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation>
            <numerusform>hace %n año</numerusform>
            <numerusform>hace %n años</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n months</source>
        <translation>
            <numerusform>dentro de %n mes</numerusform>
            <numerusform>dentro de %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months ago</source>
        <translation>
            <numerusform>hace %n mes</numerusform>
            <numerusform>hace %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n weeks</source>
        <translation>
            <numerusform>dentro de %n semana</numerusform>
            <numerusform>dentro de %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks ago</source>
        <translation>
            <numerusform>hace %n semana</numerusform>
            <numerusform>hace %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>dentro de %n día</numerusform>
            <numerusform>dentro de %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hours</source>
        <translation>
            <numerusform>dentro de %n hora</numerusform>
            <numerusform>dentro de %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minutes</source>
        <translation>
            <numerusform>dentro de %n minuto</numerusform>
            <numerusform>dentro de %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n days</source>
        <translation>
            <numerusform>Dentro de %n día</numerusform>
            <numerusform>Dentro de %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep the note to %n characters or fewer.</source>
        <translation>
            <numerusform>La nota puede tener como máximo %n carácter.</numerusform>
            <numerusform>La nota puede tener como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The expiry date can be at most %n days from now.</source>
        <translation>
            <numerusform>La fecha de caducidad puede estar como máximo a %n día de hoy.</numerusform>
            <numerusform>La fecha de caducidad puede estar como máximo a %n días de hoy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n characters.</source>
        <translation>
            <numerusform>Usa como máximo %n carácter.</numerusform>
            <numerusform>Usa como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tokens have switched to their new tokens.</source>
        <translation>
            <numerusform>%n token ha pasado a su token nuevo.</numerusform>
            <numerusform>%n tokens han pasado a sus tokens nuevos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tokens need your attention. %1</source>
        <translation>
            <numerusform>%n token necesita tu atención. %1</numerusform>
            <numerusform>%n tokens necesitan tu atención. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>And %n more.</source>
        <translation>
            <numerusform>Y %n más.</numerusform>
            <numerusform>Y %n más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied; the clipboard clears in %n s</source>
        <translation>
            <numerusform>Copiado; el portapapeles se vacía en %n s</numerusform>
            <numerusform>Copiado; el portapapeles se vacía en %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No requests in the last %n days.</source>
        <translation>
            <numerusform>No hay solicitudes en el último %n día.</numerusform>
            <numerusform>No hay solicitudes en los últimos %n días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests in the last %1 days, %2 of them answered with an error; the busiest day was %3 with %4.</source>
        <translation>
            <numerusform>%n solicitud en los últimos %1 días, %2 de ellas con respuesta de error; el día con más actividad fue el %3, con %4.</numerusform>
            <numerusform>%n solicitudes en los últimos %1 días, %2 de ellas con respuesta de error; el día con más actividad fue el %3, con %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests in the last %1 days; the busiest day was %2 with %3.</source>
        <translation>
            <numerusform>%n solicitud en los últimos %1 días; el día con más actividad fue el %2, con %3.</numerusform>
            <numerusform>%n solicitudes en los últimos %1 días; el día con más actividad fue el %2, con %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n requests, %2 with an error</source>
        <translation>
            <numerusform>%1: %n solicitud, %2 con error</numerusform>
            <numerusform>%1: %n solicitudes, %2 con error</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n requests</source>
        <translation>
            <numerusform>%1: %n solicitud</numerusform>
            <numerusform>%1: %n solicitudes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n weeks</source>
        <translation>
            <numerusform>Después de %n semana</numerusform>
            <numerusform>Después de %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n days</source>
        <translation>
            <numerusform>Después de %n día</numerusform>
            <numerusform>Después de %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n hours</source>
        <translation>
            <numerusform>Después de %n hora</numerusform>
            <numerusform>Después de %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n tokens: %1.</source>
        <translation>
            <numerusform>Se ha revocado %n token: %1.</numerusform>
            <numerusform>Se han revocado %n tokens: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n tokens were not revoked. %2</source>
        <translation>
            <numerusform>Sin revocar: %1 de %n token. %2</numerusform>
            <numerusform>Sin revocar: %1 de %n tokens. %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Demasiado corto: usa al menos %n carácter.</numerusform>
            <numerusform>Demasiado corto: usa al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make the username at least %n characters long.</source>
        <translation>
            <numerusform>Usa al menos %n carácter en el nombre de usuario.</numerusform>
            <numerusform>Usa al menos %n caracteres en el nombre de usuario.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too long: use at most %n characters.</source>
        <translation>
            <numerusform>Demasiado largo: usa como máximo %n carácter.</numerusform>
            <numerusform>Demasiado largo: usa como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shorten the username to %n characters.</source>
        <translation>
            <numerusform>Acorta el nombre de usuario a %n carácter.</numerusform>
            <numerusform>Acorta el nombre de usuario a %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make the password at least %n characters long.</source>
        <translation>
            <numerusform>Usa al menos %n carácter en la contraseña.</numerusform>
            <numerusform>Usa al menos %n caracteres en la contraseña.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shorten the password to %n characters.</source>
        <translation>
            <numerusform>Acorta la contraseña a %n carácter.</numerusform>
            <numerusform>Acorta la contraseña a %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too long: keep the note to %n characters or fewer.</source>
        <translation>
            <numerusform>Demasiado larga: la nota puede tener como máximo %n carácter.</numerusform>
            <numerusform>Demasiado larga: la nota puede tener como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shorten the note to %n characters.</source>
        <translation>
            <numerusform>Acorta la nota a %n carácter.</numerusform>
            <numerusform>Acorta la nota a %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied – clears in %n s</source>
        <translation>
            <numerusform>Copiado – se borra en %n s</numerusform>
            <numerusform>Copiado – se borra en %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the token. The clipboard clears in %n seconds.</source>
        <translation>
            <numerusform>Se ha copiado el token. El portapapeles se vacía en %n segundo.</numerusform>
            <numerusform>Se ha copiado el token. El portapapeles se vacía en %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the password. The clipboard clears in %n seconds.</source>
        <translation>
            <numerusform>Se ha copiado la contraseña. El portapapeles se vacía en %n segundo.</numerusform>
            <numerusform>Se ha copiado la contraseña. El portapapeles se vacía en %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the message for your developer. The clipboard clears in %n seconds.</source>
        <translation>
            <numerusform>Se ha copiado el mensaje para tu desarrollador. El portapapeles se vacía en %n segundo.</numerusform>
            <numerusform>Se ha copiado el mensaje para tu desarrollador. El portapapeles se vacía en %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied – clears in %n seconds</source>
        <translation>
            <numerusform>Copiado – se borra en %n segundo</numerusform>
            <numerusform>Copiado – se borra en %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n hours without use</source>
        <translation>
            <numerusform>Después de %n hora sin uso</numerusform>
            <numerusform>Después de %n horas sin uso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n minutes without use</source>
        <translation>
            <numerusform>Después de %n minuto sin uso</numerusform>
            <numerusform>Después de %n minutos sin uso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new tokens you have not copied yet are waiting; they come back when you unlock.</source>
        <translation>
            <numerusform>Hay %n token nuevo sin copiar esperando; volverá a aparecer al desbloquear.</numerusform>
            <numerusform>Hay %n tokens nuevos sin copiar esperando; volverán a aparecer al desbloquear.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong keys were tried.</source>
        <translation>
            <numerusform>Se probó %n clave incorrecta.</numerusform>
            <numerusform>Se probaron %n claves incorrectas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityChart</name>
    <message>
        <source>Requests per day</source>
        <translation>Solicitudes por día</translation>
    </message>
</context>
<context>
    <name>ActivitySection</name>
    <message>
        <source>Recent calls</source>
        <translation>Llamadas recientes</translation>
    </message>
    <message>
        <source>Loading the activity…</source>
        <translation>Cargando la actividad…</translation>
    </message>
    <message>
        <source>Requests per day, last 30 days</source>
        <translation>Solicitudes por día, últimos 30 días</translation>
    </message>
    <message>
        <source>No calls yet.</source>
        <translation>Aún no hay llamadas.</translation>
    </message>
    <message>
        <source>The activity could not be loaded. %1</source>
        <translation>No se pudo cargar la actividad. %1</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>The demo store could not start. %1</source>
        <translation>No se pudo iniciar la tienda de demostración. %1</translation>
    </message>
</context>
<context>
    <name>CallsModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>%1 OK</source>
        <translation>%1 OK</translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>%1 rechazada</translation>
    </message>
    <message>
        <source>%1 error</source>
        <translation>%1 error</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Antiguo</translation>
    </message>
</context>
<context>
    <name>CheckTokenDialog</name>
    <message>
        <source>Check a token</source>
        <translation>Comprobar un token</translation>
    </message>
    <message>
        <source>Token to check</source>
        <translation>Token que comprobar</translation>
    </message>
    <message>
        <source>Paste the token here</source>
        <translation>Pega aquí el token</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>Stop the old token…</source>
        <translation>Detener el token antiguo…</translation>
    </message>
    <message>
        <source>Stop the old token</source>
        <translation>Detener el token antiguo</translation>
    </message>
    <message>
        <source>Revoke this token…</source>
        <translation>Revocar este token…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Found a token in a chat, an email or some code? Paste it to see which of your tokens it is and whether it still works. It is checked on the server and not kept anywhere.</source>
        <translation>¿Has encontrado un token en un chat, un correo o algún código? Pégalo para ver cuál de tus tokens es y si aún funciona. Se comprueba en el servidor y no se guarda en ningún sitio.</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <source>Revoke it, ending the current token too…</source>
        <translation>Revocarlo junto con el token actual…</translation>
    </message>
    <message>
        <source>This token is not one of your store&apos;s tokens.</source>
        <translation>Este token no es de tu tienda.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
</context>
<context>
    <name>CopyButtons</name>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>CreateFlow</name>
    <message>
        <source>your store</source>
        <translation>tu tienda</translation>
    </message>
</context>
<context>
    <name>CreateTokenDialog</name>
    <message>
        <source>Create access token</source>
        <translation>Crear token de acceso</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>for example: mobile-app</source>
        <translation>por ejemplo: app-movil</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Optional: who this is for, so you recognise it later</source>
        <translation>Opcional: para quién es, para reconocerlo más tarde</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Create token</source>
        <translation>Crear token</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>E&amp;xpires</source>
        <translation>Ca&amp;duca</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>Your developer signs in with the access token, this username and this password; you will see all three on the next screen, ready to pass on. Give them only the access they need.</source>
        <translation>Tu desarrollador inicia sesión con el token de acceso, este nombre de usuario y esta contraseña; verás los tres en la siguiente pantalla, listos para pasárselos. Dale solo el acceso que necesite.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creando…</translation>
    </message>
</context>
<context>
    <name>DailyActivityView</name>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Requests per day</source>
        <translation>Solicitudes por día</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Ver como tabla</translation>
    </message>
    <message>
        <source>Show as chart</source>
        <translation>Ver como gráfico</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <source>Token details</source>
        <translation>Detalles del token</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Who this is for, so you recognise it later</source>
        <translation>Para quién es, para reconocerlo más tarde</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Guardar nota</translation>
    </message>
    <message>
        <source>Change expiry</source>
        <translation>Cambiar caducidad</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Renovar…</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Renovar</translation>
    </message>
    <message>
        <source>Stop the old token…</source>
        <translation>Detener el token antiguo…</translation>
    </message>
    <message>
        <source>Stop the old token</source>
        <translation>Detener el token antiguo</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revocar…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>E&amp;xpiry</source>
        <translation>&amp;Caducidad</translation>
    </message>
    <message>
        <source>Token for “%1”</source>
        <translation>Token de “%1”</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>Disclosure</name>
    <message>
        <source>Expanded</source>
        <translation>Desplegado</translation>
    </message>
    <message>
        <source>Collapsed</source>
        <translation>Plegado</translation>
    </message>
</context>
<context>
    <name>EmptyPage</name>
    <message>
        <source>Create a token</source>
        <translation>Crear un token</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>No token matches “%1”.</source>
        <translation>Ningún token coincide con “%1”.</translation>
    </message>
    <message>
        <source>No tokens yet. Creating one needs the API Integration add-on; the note above says where to add it.</source>
        <translation>Aún no hay tokens. Para crear uno necesitas el complemento API Integration; el aviso de arriba indica dónde añadirlo.</translation>
    </message>
    <message>
        <source>No tokens yet. Create one to share with your developer.</source>
        <translation>Aún no hay tokens. Crea uno para compartirlo con tu desarrollador.</translation>
    </message>
</context>
<context>
    <name>ExpiryField</name>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>On a date…</source>
        <translation>En una fecha…</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Fecha de caducidad</translation>
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
        <translation>Enlaces de un solo uso</translation>
    </message>
    <message>
        <source>Loading the links…</source>
        <translation>Cargando los enlaces…</translation>
    </message>
    <message>
        <source>No links sent for this token. Send one from the screen that shows a new token (create or rotate).</source>
        <translation>No se han enviado enlaces para este token. Envía uno desde la pantalla que muestra un token nuevo (al crearlo o renovarlo).</translation>
    </message>
    <message>
        <source>The links could not be loaded. %1</source>
        <translation>No se pudieron cargar los enlaces. %1</translation>
    </message>
    <message>
        <source>Withdraw link</source>
        <translation>Retirar enlace</translation>
    </message>
    <message>
        <source>Not your developer? Revoke this token</source>
        <translation>¿No era tu desarrollador? Revoca este token</translation>
    </message>
</context>
<context>
    <name>HandOffWatch</name>
    <message>
        <source>The one-time link for “%1” was opened %2.</source>
        <translation>El enlace de un solo uso de “%1” se abrió %2.</translation>
    </message>
</context>
<context>
    <name>HelpFlow</name>
    <message>
        <source>No browser could be opened. The help page is %1</source>
        <translation>No se pudo abrir ningún navegador. La página de ayuda es %1</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Shipturtle help: API integration</source>
        <translation>Ayuda de Shipturtle: API integration</translation>
    </message>
    <message>
        <source>Opens %1 in your browser</source>
        <translation>Abre %1 en tu navegador</translation>
    </message>
    <message>
        <source>Copy diagnostic information</source>
        <translation>Copiar información de diagnóstico</translation>
    </message>
    <message>
        <source>Copies versions, system, keychain and server for a support request; never a password or a token</source>
        <translation>Copia las versiones, el sistema, el llavero del sistema y el servidor para una consulta al soporte; nunca una contraseña ni un token</translation>
    </message>
    <message>
        <source>About Shipturtle Tokens</source>
        <translation>Acerca de Shipturtle Tokens</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>The app will use your system&apos;s language the next time it starts.</source>
        <translation>La app usará el idioma del sistema la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>The app will be in %1 the next time it starts.</source>
        <translation>La app estará en %1 la próxima vez que se inicie.</translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <source>Loading your tokens</source>
        <translation>Cargando tus tokens</translation>
    </message>
    <message>
        <source>Loading your tokens…</source>
        <translation>Cargando tus tokens…</translation>
    </message>
</context>
<context>
    <name>LockFlow</name>
    <message>
        <source>Quit without the new token?</source>
        <translation>¿Salir sin el token nuevo?</translation>
    </message>
    <message>
        <source>A new token you have not copied yet waits behind the lock; quitting loses it for good. Unlock first to copy it.</source>
        <translation>Tras el bloqueo espera un token nuevo que aún no has copiado; si sales, lo perderás para siempre. Desbloquea primero para copiarlo.</translation>
    </message>
    <message>
        <source>Quit and lose it</source>
        <translation>Salir y perderlo</translation>
    </message>
</context>
<context>
    <name>LockMenu</name>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Lock &amp;when idle</source>
        <translation>Bloquear tras &amp;inactividad</translation>
    </message>
</context>
<context>
    <name>LockWindow</name>
    <message>
        <source>Shipturtle Tokens is locked</source>
        <translation>Shipturtle Tokens está bloqueado</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>Tienda:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>The demo store needs no password: press Unlock.</source>
        <translation>La tienda de demostración no necesita contraseña: pulsa Desbloquear.</translation>
    </message>
    <message>
        <source>Locking signed you out. Enter your Shipturtle password to unlock; it is needed even if you chose Remember me.</source>
        <translation>Al bloquear se cerró tu sesión. Escribe tu contraseña de Shipturtle para desbloquear; hace falta aunque hayas elegido Recordarme.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Escribe tu contraseña.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
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
        <translation>Mostrar tokens</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Loading your tokens…</source>
        <translation>Cargando tus tokens…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Create a token (Ctrl+N)</source>
        <translation>Crear un token (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <source>Generate a strong password</source>
        <translation>Generar una contraseña segura</translation>
    </message>
    <message>
        <source>Strength: %1.</source>
        <translation>Seguridad: %1.</translation>
    </message>
    <message>
        <source>Strength: %1. %2 The server accepts “%3” or better; Generate makes one.</source>
        <translation>Seguridad: %1. %2 El servidor acepta “%3” o superior; Generar crea una.</translation>
    </message>
</context>
<context>
    <name>PermissionChoice</name>
    <message>
        <source>API access</source>
        <translation>Acceso a la API</translation>
    </message>
</context>
<context>
    <name>ProfileChooser</name>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nuevo perfil</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this profile</source>
        <translation>Quitar este perfil</translation>
    </message>
    <message>
        <source>Forget this profile on this computer, and the sign-in it remembers</source>
        <translation>Olvidar este perfil en este equipo y el inicio de sesión que recuerda</translation>
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
        <translation>Detener el token antiguo</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Renovar…</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>Prolongar…</translation>
    </message>
</context>
<context>
    <name>RevealTokenDialog</name>
    <message>
        <source>Your new access token</source>
        <translation>Tu nuevo token de acceso</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Copiar token</translation>
    </message>
    <message>
        <source>Copy password</source>
        <translation>Copiar contraseña</translation>
    </message>
    <message>
        <source>Copy message for your developer</source>
        <translation>Copiar mensaje para tu desarrollador</translation>
    </message>
    <message>
        <source>Send as a one-time link…</source>
        <translation>Enviar como enlace de un solo uso…</translation>
    </message>
    <message>
        <source>Include the password in this message</source>
        <translation>Incluir la contraseña en este mensaje</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>New token for “%1” is ready</source>
        <translation>El token nuevo de “%1” está listo</translation>
    </message>
    <message>
        <source>Token for “%1” is ready</source>
        <translation>El token de “%1” está listo</translation>
    </message>
    <message>
        <source>Access &amp;token</source>
        <translation>&amp;Token de acceso</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>For your developer</source>
        <translation>Para tu desarrollador</translation>
    </message>
    <message>
        <source>Send another one-time link…</source>
        <translation>Enviar otro enlace de un solo uso…</translation>
    </message>
</context>
<context>
    <name>RotateDialog</name>
    <message>
        <source>Rotate token</source>
        <translation>Renovar token</translation>
    </message>
    <message>
        <source>Rotating gives “%1” a new token to hand to your developer; the username, password and permissions stay the same. The old token keeps working for the time you choose, so nothing breaks while they switch.</source>
        <translation>Al renovar, “%1” recibe un token nuevo para dárselo a tu desarrollador; el nombre de usuario, la contraseña y los permisos no cambian. El token antiguo sigue funcionando durante el tiempo que elijas, para que nada falle mientras se hace el cambio.</translation>
    </message>
    <message>
        <source>Old token stops working</source>
        <translation>El token antiguo deja de funcionar</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Renovar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The &amp;old token stops working</source>
        <translation>El token &amp;antiguo deja de funcionar</translation>
    </message>
    <message>
        <source>Rotating…</source>
        <translation>Renovando…</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search tokens</source>
        <translation>Buscar tokens</translation>
    </message>
    <message>
        <source>Search by username or note (Ctrl+F)</source>
        <translation>Buscar por nombre de usuario o nota (Ctrl+F)</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
</context>
<context>
    <name>SendLinkDialog</name>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>3 days</source>
        <translation>3 días</translation>
    </message>
    <message>
        <source>Send as a one-time link</source>
        <translation>Enviar como enlace de un solo uso</translation>
    </message>
    <message>
        <source>Include the password in the link</source>
        <translation>Incluir la contraseña en el enlace</translation>
    </message>
    <message>
        <source>The password stays the same, so the link carries the new token only.</source>
        <translation>La contraseña no cambia, así que el enlace lleva solo el token nuevo.</translation>
    </message>
    <message>
        <source>The link works for</source>
        <translation>El enlace funciona durante</translation>
    </message>
    <message>
        <source>Make the link and copy the message</source>
        <translation>Crear el enlace y copiar el mensaje</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Copy the message again</source>
        <translation>Copiar el mensaje otra vez</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>The message with the link is copied: paste it into an email or a chat to your developer. The link works until %1 and opens once; Details shows when it is opened.</source>
        <translation>Se ha copiado el mensaje con el enlace: pégalo en un correo o un chat para tu desarrollador. El enlace funciona hasta el %1 y se abre una sola vez; en Detalles verás cuándo se abre.</translation>
    </message>
    <message>
        <source>The link was not made. %1</source>
        <translation>No se creó el enlace. %1</translation>
    </message>
    <message>
        <source>Making the link…</source>
        <translation>Creando el enlace…</translation>
    </message>
    <message>
        <source>Instead of the token itself, your developer gets a link that shows it once. Nobody who reads the chat or email later can use the link, and Details tells you when it was opened.</source>
        <translation>En lugar del propio token, tu desarrollador recibe un enlace que lo muestra una sola vez. Nadie que lea el chat o el correo más tarde podrá usar el enlace, y en Detalles verás cuándo se abrió.</translation>
    </message>
</context>
<context>
    <name>ShowPasswordButton</name>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>Ocultar contraseña</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Mostrar contraseña</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>you@yourstore.com</source>
        <translation>tu@tutienda.com</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>Recordarme en este equipo</translation>
    </message>
    <message>
        <source>Remember me</source>
        <translation>Recordarme</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>C&amp;ontraseña</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>&amp;Dirección del servidor</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in to Shipturtle</source>
        <translation>Inicia sesión en Shipturtle</translation>
    </message>
    <message>
        <source>Manage the API access tokens you share with your developers.</source>
        <translation>Gestiona los tokens de acceso a la API que compartes con tus desarrolladores.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Try the demo – no account needed</source>
        <translation>Probar la demostración – sin cuenta</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Probar la demostración</translation>
    </message>
    <message>
        <source>Enter the email you use to sign in to Shipturtle.</source>
        <translation>Escribe el correo electrónico con el que inicias sesión en Shipturtle.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Escribe tu contraseña.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Ya puedes volver a intentarlo.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Signed in as %1 (%2) on the local demo store; nothing leaves this computer</source>
        <translation>Sesión iniciada como %1 (%2) en la tienda de demostración local; nada sale de este equipo</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) on %3</source>
        <translation>Sesión iniciada como %1 (%2) en %3</translation>
    </message>
</context>
<context>
    <name>TokenActions</name>
    <message>
        <source>Stopped the old token of “%1”; its new token keeps working.</source>
        <translation>Se ha detenido el token antiguo de “%1”; su token nuevo sigue funcionando.</translation>
    </message>
</context>
<context>
    <name>TokenTable</name>
    <message>
        <source>Access tokens</source>
        <translation>Tokens de acceso</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Renovar…</translation>
    </message>
    <message>
        <source>Copy token ending</source>
        <translation>Copiar el final del token</translation>
    </message>
    <message>
        <source>Stop the old token…</source>
        <translation>Detener el token antiguo…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revocar…</translation>
    </message>
</context>
<context>
    <name>TokenTableModel</name>
    <message>
        <source>%1, expires soon</source>
        <translation>%1, caduca pronto</translation>
    </message>
    <message>
        <source>Expires soon: %1</source>
        <translation>Caduca pronto: %1</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Revocado el %1</translation>
    </message>
    <message>
        <source>Only the last characters are shown; the full token was shown once.</source>
        <translation>Solo se muestran los últimos caracteres; el token completo se mostró una sola vez.</translation>
    </message>
</context>
<context>
    <name>TokenWatch</name>
    <message>
        <source>The list could not be updated; trying again at %1.</source>
        <translation>No se pudo actualizar la lista; se volverá a intentar a las %1.</translation>
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
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Sort by</source>
        <translation>&amp;Ordenar por</translation>
    </message>
    <message>
        <source>&amp;Ascending</source>
        <translation>&amp;Ascendente</translation>
    </message>
    <message>
        <source>&amp;Descending</source>
        <translation>&amp;Descendente</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>New token</source>
        <translation>Nuevo token</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Bloquear ahora</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Renovar…</translation>
    </message>
    <message>
        <source>Stop the old token…</source>
        <translation>Detener el token antiguo…</translation>
    </message>
    <message>
        <source>Check a token…</source>
        <translation>Comprobar un token…</translation>
    </message>
</context>
<context>
    <name>accessibility</name>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
</context>
<context>
    <name>activity_chart</name>
    <message>
        <source>No activity to show.</source>
        <translation>No hay actividad que mostrar.</translation>
    </message>
</context>
<context>
    <name>check_dialog</name>
    <message>
        <source>Paste a token to check it.</source>
        <translation>Pega un token para comprobarlo.</translation>
    </message>
    <message>
        <source>This is not a Shipturtle access token: those start with “%1”.</source>
        <translation>Esto no es un token de acceso de Shipturtle: esos empiezan por “%1”.</translation>
    </message>
    <message>
        <source>This looks like a Shipturtle access token, but it was mistyped or cut short. Copy all of it and check again.</source>
        <translation>Parece un token de acceso de Shipturtle, pero está mal escrito o incompleto. Cópialo entero y vuelve a comprobarlo.</translation>
    </message>
    <message>
        <source>This is the current token for “%1” (%2).</source>
        <translation>Es el token actual de “%1” (%2).</translation>
    </message>
    <message>
        <source>This is the old token, replaced by a rotation, for “%1” (%2).</source>
        <translation>Es el token antiguo de “%1” (%2), sustituido en una renovación.</translation>
    </message>
    <message>
        <source>It has never been used.</source>
        <translation>Nunca se ha usado.</translation>
    </message>
    <message>
        <source>It was last used %1.</source>
        <translation>Se usó por última vez %1.</translation>
    </message>
    <message>
        <source>It was revoked on %1 and no longer works.</source>
        <translation>Se revocó el %1 y ya no funciona.</translation>
    </message>
    <message>
        <source>It has expired and no longer works.</source>
        <translation>Ha caducado y ya no funciona.</translation>
    </message>
    <message>
        <source>It works.</source>
        <translation>Funciona.</translation>
    </message>
    <message>
        <source>It no longer works.</source>
        <translation>Ya no funciona.</translation>
    </message>
    <message>
        <source>It works until %1.</source>
        <translation>Funciona hasta el %1.</translation>
    </message>
    <message>
        <source>It stopped working on %1 and no longer works.</source>
        <translation>Dejó de funcionar el %1 y ya no funciona.</translation>
    </message>
</context>
<context>
    <name>controller</name>
    <message>
        <source>Starting the demo store…</source>
        <translation>Iniciando la tienda de demostración…</translation>
    </message>
</context>
<context>
    <name>copy_buttons</name>
    <message>
        <source>The token is no longer on the clipboard.</source>
        <translation>El token ya no está en el portapapeles.</translation>
    </message>
    <message>
        <source>The password is no longer on the clipboard.</source>
        <translation>La contraseña ya no está en el portapapeles.</translation>
    </message>
    <message>
        <source>The message for your developer is no longer on the clipboard.</source>
        <translation>El mensaje para tu desarrollador ya no está en el portapapeles.</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Something went wrong in Shipturtle Tokens. Your tokens on the server are safe. If it happens again, restart the app; the details are in its log file.</source>
        <translation>Algo ha fallado en Shipturtle Tokens. Tus tokens en el servidor están a salvo. Si vuelve a ocurrir, reinicia la app; los detalles están en su archivo de registro.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo ha fallado</translation>
    </message>
</context>
<context>
    <name>create_rules</name>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>API access</source>
        <translation>Acceso a la API</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Enter a username for your developer.</source>
        <translation>Escribe un nombre de usuario para tu desarrollador.</translation>
    </message>
    <message>
        <source>Enter a username.</source>
        <translation>Escribe un nombre de usuario.</translation>
    </message>
    <message>
        <source>Remove the invisible character from the username.</source>
        <translation>Quita el carácter invisible del nombre de usuario.</translation>
    </message>
    <message>
        <source>Remove %1: use only letters A–Z, digits and . _ -</source>
        <translation>Quita %1: usa solo letras A–Z, números y . _ -</translation>
    </message>
    <message>
        <source>Remove %1 from the username.</source>
        <translation>Quita %1 del nombre de usuario.</translation>
    </message>
    <message>
        <source>Enter a password for your developer.</source>
        <translation>Escribe una contraseña para tu desarrollador.</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>Escribe una contraseña.</translation>
    </message>
    <message>
        <source>Remove the invisible character from the password: retype or Generate it.</source>
        <translation>Quita el carácter invisible de la contraseña: vuelve a escribirla o pulsa Generar.</translation>
    </message>
    <message>
        <source>Remove the invisible character from the password.</source>
        <translation>Quita el carácter invisible de la contraseña.</translation>
    </message>
    <message>
        <source>The password must not contain the username.</source>
        <translation>La contraseña no puede contener el nombre de usuario.</translation>
    </message>
    <message>
        <source>Take the username out of the password.</source>
        <translation>Quita el nombre de usuario de la contraseña.</translation>
    </message>
    <message>
        <source>Checking how hard the password is to guess…</source>
        <translation>Comprobando lo difícil que es adivinar la contraseña…</translation>
    </message>
    <message>
        <source>Too easy to guess: add a few words, or press Generate.</source>
        <translation>Demasiado fácil de adivinar: añade unas palabras o pulsa Generar.</translation>
    </message>
    <message>
        <source>Make the password harder to guess.</source>
        <translation>Haz que la contraseña sea más difícil de adivinar.</translation>
    </message>
    <message>
        <source>Remove the invisible character from the note.</source>
        <translation>Quita el carácter invisible de la nota.</translation>
    </message>
    <message>
        <source>Choose an expiry date in the future.</source>
        <translation>Elige una fecha de caducidad futura.</translation>
    </message>
    <message>
        <source>Choose an expiry date at most a year from today.</source>
        <translation>Elige una fecha de caducidad dentro de un año como máximo.</translation>
    </message>
    <message>
        <source>Change the username.</source>
        <translation>Cambia el nombre de usuario.</translation>
    </message>
    <message>
        <source>Change the password.</source>
        <translation>Cambia la contraseña.</translation>
    </message>
    <message>
        <source>Change the permissions.</source>
        <translation>Cambia los permisos.</translation>
    </message>
    <message>
        <source>Change the expiry date.</source>
        <translation>Cambia la fecha de caducidad.</translation>
    </message>
    <message>
        <source>Change the note.</source>
        <translation>Cambia la nota.</translation>
    </message>
    <message>
        <source>Choose another username.</source>
        <translation>Elige otro nombre de usuario.</translation>
    </message>
    <message>
        <source>more</source>
        <comment>the end of a list of characters</comment>
        <translation>más</translation>
    </message>
    <message>
        <source>spaces</source>
        <comment>a character named in a list: “@” and spaces</comment>
        <translation>espacios</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a character quoted in a list</comment>
        <translation>“%1”</translation>
    </message>
</context>
<context>
    <name>details_dialog</name>
    <message>
        <source>Revoked on %1</source>
        <translation>Revocado el %1</translation>
    </message>
</context>
<context>
    <name>developer_message</name>
    <message>
        <source>Here is your access to the Shipturtle API for %1.</source>
        <translation>Aquí tienes tu acceso a la API de Shipturtle para %1.</translation>
    </message>
    <message>
        <source>This is the Shipturtle Tokens demo store on my computer: it answers only on this computer, and only while the Shipturtle Tokens app is open.</source>
        <translation>Esta es la tienda de demostración de Shipturtle Tokens en mi equipo: solo responde en este equipo y solo mientras la app Shipturtle Tokens está abierta.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Revoke token</source>
        <translation>Revocar token</translation>
    </message>
    <message>
        <source>Revoke the token for “%1” (%2)?</source>
        <translation>¿Revocar el token de “%1” (%2)?</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>The token you checked is the old one: revoking ends the current token too, which your developer may be using now. To end only the old one, choose Stop the old token instead.</source>
        <translation>El token que has comprobado es el antiguo: al revocarlo, también deja de funcionar el token actual, que tu desarrollador puede estar usando ahora. Para detener solo el antiguo, elige Detener el token antiguo.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the old token</source>
        <translation>Detener el token antiguo</translation>
    </message>
    <message>
        <source>Stop the old token of “%1” (ending …%2) now?</source>
        <translation>¿Detener ahora el token antiguo de “%1” (termina en …%2)?</translation>
    </message>
    <message>
        <source>Anything still using the old token stops working at once; the new token (ending …%1) keeps working.</source>
        <translation>Todo lo que aún use el token antiguo deja de funcionar al instante; el token nuevo (termina en …%1) sigue funcionando.</translation>
    </message>
    <message>
        <source>Your developer switched to the new one, so nothing should break.</source>
        <translation>Tu desarrollador ya ha pasado al nuevo, así que no debería fallar nada.</translation>
    </message>
    <message>
        <source>Make sure your developer uses the new one first.</source>
        <translation>Asegúrate primero de que tu desarrollador ya usa el nuevo.</translation>
    </message>
    <message>
        <source>The old token was still used %1: make sure your developer switched first.</source>
        <translation>El token antiguo aún se usaba %1: asegúrate primero de que tu desarrollador ha pasado al nuevo.</translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation>Sin copiar</translation>
    </message>
    <message>
        <source>Close without copying</source>
        <translation>Cerrar sin copiar</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>You have not copied the token and its password. Close anyway?</source>
        <translation>No has copiado el token ni su contraseña. ¿Cerrar de todos modos?</translation>
    </message>
    <message>
        <source>You will not be able to see them again; you would have to revoke the token and create a new one.</source>
        <translation>No podrás volver a verlos; tendrías que revocar el token y crear uno nuevo.</translation>
    </message>
    <message>
        <source>You will not be able to see it again; you would have to revoke the token and create a new one.</source>
        <translation>No se podrá volver a ver; tendrías que revocar el token y crear uno nuevo.</translation>
    </message>
    <message>
        <source>You have not copied the token. Close anyway?</source>
        <translation>No has copiado el token. ¿Cerrar de todos modos?</translation>
    </message>
    <message>
        <source>You have not copied the password. Close anyway?</source>
        <translation>No has copiado la contraseña. ¿Cerrar de todos modos?</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Quitar perfil</translation>
    </message>
    <message>
        <source>Remove the profile “%1” from this computer?</source>
        <translation>¿Quitar el perfil “%1” de este equipo?</translation>
    </message>
    <message>
        <source>Its remembered sign-in ends, here and on the Shipturtle server; your account and your tokens stay as they are. To use it again, sign in with your password.</source>
        <translation>Su inicio de sesión recordado termina, aquí y en el servidor de Shipturtle; tu cuenta y tus tokens siguen igual. Para volver a usarlo, inicia sesión con tu contraseña.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>error_words</name>
    <message>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>Demasiados intentos. Espera un minuto y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again in a moment.</source>
        <translation>Algo ha fallado. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The server refused this, saying: “%1”</source>
        <translation>El servidor lo ha rechazado con este mensaje: “%1”</translation>
    </message>
    <message>
        <source>This server address cannot be used. Use an address that starts with https://.</source>
        <translation>Esta dirección del servidor no se puede usar. Usa una dirección que empiece por https://.</translation>
    </message>
    <message>
        <source>This is not a web address. Use one like %1.</source>
        <translation>Esto no es una dirección web. Usa una como %1.</translation>
    </message>
    <message>
        <source>Remove the name and password from the server address.</source>
        <translation>Quita el nombre y la contraseña de la dirección del servidor.</translation>
    </message>
    <message>
        <source>This address uses plain http://, which is not safe over the internet. Use its https:// address instead.</source>
        <translation>Esta dirección usa http:// sin cifrar, que no es seguro en internet. Usa la misma dirección con https://.</translation>
    </message>
    <message>
        <source>Cannot reach the Shipturtle server. Check your internet connection and try again.</source>
        <translation>No se puede conectar con el servidor de Shipturtle. Comprueba tu conexión a internet y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Nothing answers at this server address. Check the address and try again.</source>
        <translation>No hay respuesta en esta dirección del servidor. Comprueba la dirección y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>This server address does not exist. Check the address and try again.</source>
        <translation>Esta dirección del servidor no existe. Comprueba la dirección y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The Shipturtle server took too long to answer. Try again in a moment.</source>
        <translation>El servidor de Shipturtle ha tardado demasiado en responder. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The Shipturtle server is too slow to answer right now. Try again later.</source>
        <translation>El servidor de Shipturtle va demasiado lento ahora mismo. Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to continue.</source>
        <translation>Tu sesión ha terminado. Vuelve a iniciar sesión para continuar.</translation>
    </message>
    <message>
        <source>Your remembered session has ended on the Shipturtle server. Sign in again to continue.</source>
        <translation>Tu sesión recordada ha terminado en el servidor de Shipturtle. Vuelve a iniciar sesión para continuar.</translation>
    </message>
    <message>
        <source>Sign in to continue.</source>
        <translation>Inicia sesión para continuar.</translation>
    </message>
    <message>
        <source>The email or password is not right. Check both and try again.</source>
        <translation>El correo electrónico o la contraseña no son correctos. Comprueba ambos y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Sign in first with the access token, the username and the password, then call the API with the API session that gives.</source>
        <translation>Primero inicia sesión con el token de acceso, el nombre de usuario y la contraseña; después llama a la API con la sesión de API que obtienes.</translation>
    </message>
    <message>
        <source>The API session has ended after its hour. Sign in again.</source>
        <translation>La sesión de API ha terminado porque solo dura una hora. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>This access token is not valid: it was revoked, has expired or was mistyped.</source>
        <translation>Este token de acceso no es válido: se revocó, ha caducado o está mal escrito.</translation>
    </message>
    <message>
        <source>This is not a complete access token: it starts with %1 and is %2 characters long. Copy it again.</source>
        <translation>Este no es un token de acceso completo: empieza por %1 y tiene %2 caracteres. Vuelve a copiarlo.</translation>
    </message>
    <message>
        <source>This token was revoked, so it cannot be changed or rotated. Create a new one.</source>
        <translation>Este token se revocó, así que no se puede cambiar ni renovar. Crea uno nuevo.</translation>
    </message>
    <message>
        <source>This token has expired, so it cannot be changed or rotated. Create a new one.</source>
        <translation>Este token ha caducado, así que no se puede cambiar ni renovar. Crea uno nuevo.</translation>
    </message>
    <message>
        <source>Your plan does not include the API Integration add-on. Add it in Shipturtle under Settings &gt; Subscription and billing, then try again.</source>
        <translation>Tu plan no incluye el complemento API Integration. Añádelo en Shipturtle, en Settings &gt; Subscription and billing, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>This access token does not have the permission for that request.</source>
        <translation>Este token de acceso no tiene permiso para esa solicitud.</translation>
    </message>
    <message>
        <source>This token was rotated since this secret was shown, so it no longer works. Use the new secret.</source>
        <translation>Este token se ha renovado después de mostrarse este secreto, así que ya no funciona. Usa el secreto nuevo.</translation>
    </message>
    <message>
        <source>This access token no longer exists. Refresh the list and try again.</source>
        <translation>Este token de acceso ya no existe. Actualiza la lista y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Some fields need fixing; see each field.</source>
        <translation>Hay campos que corregir; revisa cada uno.</translation>
    </message>
    <message>
        <source>An active token already uses this username. Choose another username.</source>
        <translation>Un token activo ya usa este nombre de usuario. Elige otro nombre de usuario.</translation>
    </message>
    <message>
        <source>The Shipturtle server had a problem. Try again in a few minutes; if it keeps happening, contact Shipturtle support.</source>
        <translation>El servidor de Shipturtle ha tenido un problema. Vuelve a intentarlo en unos minutos; si sigue ocurriendo, contacta con el soporte de Shipturtle.</translation>
    </message>
    <message>
        <source>The Shipturtle server cannot save anything right now, so nothing was changed. Try again in a few minutes.</source>
        <translation>El servidor de Shipturtle no puede guardar nada ahora mismo, así que no se ha cambiado nada. Vuelve a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <source>The server sent an answer this app does not understand (%1). Check the server address, or update the app.</source>
        <translation>El servidor ha enviado una respuesta que esta app no entiende (%1). Comprueba la dirección del servidor o actualiza la app.</translation>
    </message>
    <message>
        <source>Your keychain is locked, so your remembered sign-in could not be read. Choose Retry and unlock it, or sign in with your password.</source>
        <translation>Tu llavero del sistema está bloqueado, así que no se pudo leer tu inicio de sesión recordado. Elige Reintentar y desbloquéalo, o inicia sesión con tu contraseña.</translation>
    </message>
    <message>
        <source>This computer has no keychain, so your sign-in could not be remembered. Sign in with your password.</source>
        <translation>Este equipo no tiene llavero del sistema, así que no se pudo recordar tu inicio de sesión. Inicia sesión con tu contraseña.</translation>
    </message>
    <message>
        <source>Your keychain could not be read, so your remembered sign-in cannot be used. Sign in with your password.</source>
        <translation>No se pudo leer tu llavero del sistema, así que no se puede usar tu inicio de sesión recordado. Inicia sesión con tu contraseña.</translation>
    </message>
    <message>
        <source>If it keeps happening, give support this reference: %1.</source>
        <translation>Si sigue ocurriendo, da esta referencia al soporte: %1.</translation>
    </message>
    <message>
        <source>Your keychain is locked, so this sign-in is not remembered; unlock it and sign in again to be remembered next time.</source>
        <translation>Tu llavero del sistema está bloqueado, así que este inicio de sesión no se recuerda; desbloquéalo y vuelve a iniciar sesión para que se recuerde la próxima vez.</translation>
    </message>
    <message>
        <source>This computer has no keychain; you will be asked to sign in next time.</source>
        <translation>Este equipo no tiene llavero del sistema; la próxima vez tendrás que iniciar sesión.</translation>
    </message>
    <message>
        <source>Your settings could not be read, so the app started with defaults.</source>
        <translation>No se pudieron leer tus ajustes, así que la app se inició con los valores predeterminados.</translation>
    </message>
    <message>
        <source>Your settings could not be read, so the app started with defaults. The old file was kept as %1.</source>
        <translation>No se pudieron leer tus ajustes, así que la app se inició con los valores predeterminados. El archivo antiguo se guardó como %1.</translation>
    </message>
</context>
<context>
    <name>field_words</name>
    <message>
        <source>Remove the invisible control character (%1) from this text.</source>
        <translation>Quita el carácter de control invisible (%1) de este texto.</translation>
    </message>
    <message>
        <source>Use %1 to %2 letters, digits, dots (.), underscores (_) or hyphens (-).</source>
        <translation>Usa de %1 a %2 letras, números, puntos (.), guiones bajos (_) o guiones (-).</translation>
    </message>
    <message>
        <source>An active token already uses this username.</source>
        <translation>Un token activo ya usa este nombre de usuario.</translation>
    </message>
    <message>
        <source>Use %1 to %2 characters.</source>
        <translation>Usa de %1 a %2 caracteres.</translation>
    </message>
    <message>
        <source>The password must not contain the username.</source>
        <translation>La contraseña no puede contener el nombre de usuario.</translation>
    </message>
    <message>
        <source>%1 Choose a password that is harder to guess.</source>
        <translation>%1 Elige una contraseña más difícil de adivinar.</translation>
    </message>
    <message>
        <source>Choose at least one permission.</source>
        <translation>Elige al menos un permiso.</translation>
    </message>
    <message>
        <source>Unknown permission %1; choose from %2.</source>
        <translation>Permiso desconocido: %1; elige entre %2.</translation>
    </message>
    <message>
        <source>Give a date and time with a time zone, like 2027-01-31T23:59:59Z.</source>
        <translation>Indica una fecha y hora con zona horaria, como 2027-01-31T23:59:59Z.</translation>
    </message>
    <message>
        <source>The expiry date must be in the future.</source>
        <translation>La fecha de caducidad debe ser futura.</translation>
    </message>
    <message>
        <source>This is not a complete access token.</source>
        <translation>Este no es un token de acceso completo.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Este campo es obligatorio.</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>Usa uno de estos: %1.</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Active, switching</source>
        <translation>Activo, en renovación</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>the start of a list: a, b</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the end of a list: a and b</comment>
        <translation>%1 y %2</translation>
    </message>
</context>
<context>
    <name>help_dialogs</name>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Create, share and revoke the access tokens your developers use with the Shipturtle API (API integration in the Shipturtle dashboard).</source>
        <translation>Crea, comparte y revoca los tokens de acceso que tus desarrolladores usan con la API de Shipturtle (API integration en el panel de Shipturtle).</translation>
    </message>
    <message>
        <source>Shipturtle Tokens is built with these open-source parts, each under its own licence (as each one declares it):</source>
        <translation>Shipturtle Tokens está hecho con estos componentes de código abierto, cada uno con su propia licencia (tal como la declara cada uno):</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Open-source parts</source>
        <translation>Componentes de código abierto</translation>
    </message>
</context>
<context>
    <name>help_flow</name>
    <message>
        <source>Copied the diagnostic information (versions, system, keychain and server; no password or token). Paste it into your message to Shipturtle support.</source>
        <translation>Se ha copiado la información de diagnóstico (versiones, sistema, llavero del sistema y servidor; ninguna contraseña ni token). Pégala en tu mensaje al soporte de Shipturtle.</translation>
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
        <translation>Salir</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>&amp;Tokens</source>
        <translation>&amp;Tokens</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
</context>
<context>
    <name>notifier</name>
    <message>
        <source>“%1” has switched to its new token.</source>
        <translation>“%1” ha pasado a su token nuevo.</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Active</source>
        <translation>Activos</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocados</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducados</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Your plan does not include the API Integration add-on, so you cannot create tokens yet. Add it in Shipturtle under Settings &gt; Subscription and billing.</source>
        <translation>Tu plan no incluye el complemento API Integration, así que aún no puedes crear tokens. Añádelo en Shipturtle, en Settings &gt; Subscription and billing.</translation>
    </message>
    <message>
        <source>No active tokens. Choose “All” under Show to see the others.</source>
        <translation>No hay tokens activos. Elige “Todos” en Mostrar para ver los demás.</translation>
    </message>
    <message>
        <source>No revoked tokens. Choose “All” under Show to see the others.</source>
        <translation>No hay tokens revocados. Elige “Todos” en Mostrar para ver los demás.</translation>
    </message>
    <message>
        <source>No expired tokens. Choose “All” under Show to see the others.</source>
        <translation>No hay tokens caducados. Elige “Todos” en Mostrar para ver los demás.</translation>
    </message>
</context>
<context>
    <name>password_words</name>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>Una palabra sola es fácil de adivinar.</translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Añade una o dos palabras más. Mejor si son poco comunes.</translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>Todo en mayúsculas es casi tan fácil de adivinar como todo en minúsculas.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Evita fechas y años relacionados contigo.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>Evita los años recientes.</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>Evita repetir palabras y caracteres.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>Evita las secuencias.</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>Evita años relacionados contigo.</translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>Usar mayúsculas no ayuda mucho.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Los nombres y apellidos comunes son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>Las fechas suelen ser fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Los nombres y apellidos solos son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>No hacen falta símbolos, números ni mayúsculas.</translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>Los cambios previsibles, como &apos;@&apos; en lugar de &apos;a&apos;, no ayudan mucho.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>Los años recientes son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>Las repeticiones como &quot;aaa&quot; son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>Las repeticiones como &quot;abcabcabc&quot; son solo un poco más difíciles de adivinar que &quot;abc&quot;.</translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>Las palabras al revés no son mucho más difíciles de adivinar.</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>Las secuencias como &quot;abc&quot; o &quot;6543&quot; son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Los patrones de teclado cortos son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Las filas de teclas seguidas son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation>Es una de las 10 contraseñas más comunes.</translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation>Es una de las 100 contraseñas más comunes.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>Es una contraseña muy común.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>Se parece a una contraseña muy usada.</translation>
    </message>
    <message>
        <source>This password is easy to guess. Add another word or two.</source>
        <translation>Esta contraseña es fácil de adivinar. Añade una o dos palabras más.</translation>
    </message>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Usa varias palabras y evita frases comunes.</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Usa un patrón de teclado más largo y con más giros.</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Muy débil</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Muy fuerte</translation>
    </message>
</context>
<context>
    <name>passwords</name>
    <message>
        <source>Choose a date in the future.</source>
        <translation>Elige una fecha futura.</translation>
    </message>
    <message>
        <source>Choose a date at most a year from today.</source>
        <translation>Elige una fecha dentro de un año como máximo.</translation>
    </message>
</context>
<context>
    <name>receipt_words</name>
    <message>
        <source>%1 on %2</source>
        <comment>a browser on a system</comment>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a sentence, then another</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Link sent %1 expired unopened.</source>
        <translation>El enlace enviado %1 caducó sin abrirse.</translation>
    </message>
    <message>
        <source>Link sent %1 was withdrawn.</source>
        <translation>El enlace enviado %1 se retiró.</translation>
    </message>
    <message>
        <source>Link sent %1, not opened yet; it works until %2.</source>
        <translation>Enlace enviado %1, aún sin abrir; funciona hasta %2.</translation>
    </message>
    <message>
        <source>today at %1</source>
        <comment>after &apos;until&apos;</comment>
        <translation>hoy a las %1</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <comment>after &apos;until&apos;</comment>
        <translation>mañana a las %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>after &apos;until&apos;: a day, a time</comment>
        <translation>el %1 a las %2</translation>
    </message>
    <message>
        <source>Opened %1 from %2 (%3).</source>
        <translation>Se abrió %1 desde %2 (%3).</translation>
    </message>
    <message>
        <source>Opened %1 from %2.</source>
        <translation>Se abrió %1 desde %2.</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Se abrió %1.</translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <source>“%1” expires %2.</source>
        <translation>“%1” caduca %2.</translation>
    </message>
    <message>
        <source>The old token of “%1” stops working %2.</source>
        <translation>El token antiguo de “%1” deja de funcionar %2.</translation>
    </message>
    <message>
        <source>“%1” has switched to its new token. Stop the old one now?</source>
        <translation>“%1” ha pasado a su token nuevo. ¿Detener ahora el antiguo?</translation>
    </message>
    <message>
        <source>The old token of “%1” stops working %2, and it was still used %3. Make sure your developer has switched to the new one.</source>
        <translation>El token antiguo de “%1” deja de funcionar %2 y aún se usaba %3. Asegúrate de que tu desarrollador ha pasado al nuevo.</translation>
    </message>
</context>
<context>
    <name>reveal_words</name>
    <message>
        <source>This is the only time the token is shown. Copy it now, with its password, and give both to your developer; you will not be able to see them again.</source>
        <translation>El token se muestra una sola vez. Cópialo ahora, con su contraseña, y dale ambos a tu desarrollador; no podrás volver a verlos.</translation>
    </message>
    <message>
        <source>This is the only time the new token is shown. Copy it now and give it to your developer; the username and password stay the same.</source>
        <translation>El token nuevo se muestra una sola vez. Cópialo ahora y dáselo a tu desarrollador; el nombre de usuario y la contraseña no cambian.</translation>
    </message>
    <message>
        <source>It replaces the access token ending …%1, which has stopped working.</source>
        <translation>Sustituye al token de acceso que termina en …%1, que ha dejado de funcionar.</translation>
    </message>
    <message>
        <source>It replaces the access token ending …%1, which keeps working until %2.</source>
        <translation>Sustituye al token de acceso que termina en …%1, que sigue funcionando hasta el %2.</translation>
    </message>
    <message>
        <source>Recommended: send a link that shows the token once, instead of the token itself. Nothing readable stays in your chat or email, and Details tells you when it was opened.</source>
        <translation>Recomendado: envía un enlace que muestre el token una sola vez, en lugar del propio token. No queda nada legible en tu chat o correo, y en Detalles verás cuándo se abrió.</translation>
    </message>
    <message>
        <source>One message with everything they need to connect: the store, the token, the expiry date, the API address, and the commands that sign in and read your data.</source>
        <translation>Un mensaje con todo lo que necesita para conectarse: la tienda, el token, la fecha de caducidad, la dirección de la API y los comandos para iniciar sesión y leer tus datos.</translation>
    </message>
    <message>
        <source>One message with everything they need to connect: the store, the username, the permissions, the expiry date, the API address, and the commands that sign in and read your data.</source>
        <translation>Un mensaje con todo lo que necesita para conectarse: la tienda, el nombre de usuario, los permisos, la fecha de caducidad, la dirección de la API y los comandos para iniciar sesión y leer tus datos.</translation>
    </message>
    <message>
        <source>Safer left off: send the password another way, such as a phone call or a different app, so one lost message is not enough to get in.</source>
        <translation>Más seguro sin ella: envía la contraseña por otra vía, como una llamada o otra app, para que un solo mensaje perdido no baste para entrar.</translation>
    </message>
</context>
<context>
    <name>rotate_dialog</name>
    <message>
        <source>Stop the old token now</source>
        <translation>Detener ahora el token antiguo</translation>
    </message>
    <message>
        <source>The old token ending …%1 still works until %2 and has not been used since the rotation. Rotating again stops it at once: anything still using it will stop working.</source>
        <translation>El token antiguo que termina en …%1 sigue funcionando hasta el %2 y no se ha usado desde la renovación. Si vuelves a renovar, se detiene al instante: todo lo que aún lo use dejará de funcionar.</translation>
    </message>
    <message>
        <source>The old token ending …%1 still works until %2 and was last used %3. Rotating again stops it at once: anything still using it will stop working.</source>
        <translation>El token antiguo que termina en …%1 sigue funcionando hasta el %2 y se usó por última vez %3. Si vuelves a renovar, se detiene al instante: todo lo que aún lo use dejará de funcionar.</translation>
    </message>
</context>
<context>
    <name>session_flow</name>
    <message>
        <source>You are signed out, but your keychain could not be opened to forget the remembered sign-in; it is forgotten the next time this app starts, before anything else.</source>
        <translation>Has cerrado sesión, pero no se pudo abrir tu llavero del sistema para olvidar el inicio de sesión recordado; se olvidará la próxima vez que se inicie esta app, antes de hacer nada más.</translation>
    </message>
</context>
<context>
    <name>switchover</name>
    <message>
        <source>today at %1</source>
        <comment>a moment in a sentence</comment>
        <translation>hoy a las %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <comment>a moment in a sentence</comment>
        <translation>ayer a las %1</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <comment>a moment in a sentence</comment>
        <translation>el %1 a las %2</translation>
    </message>
    <message>
        <source>The new token has not been used yet; the old one has not been used since the rotation.</source>
        <translation>El token nuevo aún no se ha usado; el antiguo no se ha usado desde la renovación.</translation>
    </message>
    <message>
        <source>The new token has not been used yet; the old one was last used %1.</source>
        <translation>El token nuevo aún no se ha usado; el antiguo se usó por última vez %1.</translation>
    </message>
    <message>
        <source>The new token was first used %1; the old one has not been used since the rotation.</source>
        <translation>El token nuevo se usó por primera vez %1; el antiguo no se ha usado desde la renovación.</translation>
    </message>
    <message>
        <source>The new token was first used %1; the old one was last used %2.</source>
        <translation>El token nuevo se usó por primera vez %1; el antiguo se usó por última vez %2.</translation>
    </message>
    <message>
        <source>The old one stops working %1.</source>
        <translation>El antiguo deja de funcionar %1.</translation>
    </message>
</context>
<context>
    <name>token_actions</name>
    <message>
        <source>Revoked the token for “%1”.</source>
        <translation>Se ha revocado el token de “%1”.</translation>
    </message>
    <message>
        <source>The token was not revoked. %1</source>
        <translation>No se revocó el token. %1</translation>
    </message>
</context>
<context>
    <name>token_table</name>
    <message>
        <source>Show note column</source>
        <translation>Mostrar columna de nota</translation>
    </message>
</context>
<context>
    <name>token_words</name>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>window_actions</name>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
</context>
</TS>
