<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AuditNames</name>
    <message>
        <source>key “%1” (%2)</source>
        <translation>chiave “%1” (%2)</translation>
    </message>
    <message>
        <source>tenant “%1”</source>
        <translation>tenant “%1”</translation>
    </message>
    <message>
        <source>Tenant created</source>
        <translation>Tenant creato</translation>
    </message>
    <message>
        <source>Tenant changed</source>
        <translation>Tenant modificato</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>Utente creato</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>Utente modificato</translation>
    </message>
    <message>
        <source>Key created</source>
        <translation>Chiave creata</translation>
    </message>
    <message>
        <source>Key changed</source>
        <translation>Chiave modificata</translation>
    </message>
    <message>
        <source>Key deleted</source>
        <translation>Chiave eliminata</translation>
    </message>
    <message>
        <source>Key rotated</source>
        <translation>Chiave ruotata</translation>
    </message>
    <message>
        <source>Leaked key revoked</source>
        <translation>Chiave trapelata revocata</translation>
    </message>
    <message>
        <source>Service identity created</source>
        <translation>Identità di servizio creata</translation>
    </message>
    <message>
        <source>Signing key rotated</source>
        <translation>Chiave di firma ruotata</translation>
    </message>
    <message>
        <source>Signing key retired</source>
        <translation>Chiave di firma ritirata</translation>
    </message>
</context>
<context>
    <name>GuiCommand</name>
    <message>
        <source>Keyward cannot start:
%1</source>
        <translation>Impossibile avviare Keyward:
%1</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minuti</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 ora</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 ore</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 giorno</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 giorni</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 anno</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 anni</translation>
    </message>
    <message>
        <source>in less than a minute</source>
        <translation>tra meno di un minuto</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>proprio ora</translation>
    </message>
    <message>
        <source>in %1</source>
        <extracomment>%1 is a span such as &quot;3 days&quot;</extracomment>
        <translation>tra %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <extracomment>%1 is a span such as &quot;3 days&quot;</extracomment>
        <translation>%1 fa</translation>
    </message>
</context>
<context>
    <name>Sentence</name>
    <message>
        <source>A key cannot create the tenant key</source>
        <translation>Una chiave non può creare la chiave del tenant</translation>
    </message>
    <message>
        <source>A key cannot grant permissions it does not hold</source>
        <translation>Una chiave non può concedere permessi che non ha</translation>
    </message>
    <message>
        <source>A key cannot change the tenant key</source>
        <translation>Una chiave non può modificare la chiave del tenant</translation>
    </message>
    <message>
        <source>A key cannot change its own permissions</source>
        <translation>Una chiave non può modificare i propri permessi</translation>
    </message>
    <message>
        <source>A key cannot change a key that holds permissions it lacks</source>
        <translation>Una chiave non può modificare una chiave con permessi che essa non ha</translation>
    </message>
    <message>
        <source>Service ID expired or invalid</source>
        <translation>ID del servizio scaduto o non valido</translation>
    </message>
    <message>
        <source>Service name is required</source>
        <translation>Il nome del servizio è obbligatorio</translation>
    </message>
    <message>
        <source>Service name is longer than 200 characters</source>
        <translation>Il nome del servizio supera i 200 caratteri</translation>
    </message>
    <message>
        <source>Cannot register services</source>
        <translation>Non può registrare servizi</translation>
    </message>
    <message>
        <source>No API key found with ID %1</source>
        <translation>Nessuna chiave API con ID %1</translation>
    </message>
    <message>
        <source>The store is unavailable</source>
        <translation>L&apos;archivio non è disponibile</translation>
    </message>
    <message>
        <source>expires within a day</source>
        <translation>scade entro un giorno</translation>
    </message>
    <message>
        <source>expires in 1 day</source>
        <translation>scade tra 1 giorno</translation>
    </message>
    <message>
        <source>expires in %1 days</source>
        <translation>scade tra %1 giorni</translation>
    </message>
    <message>
        <source>never used in the 1 day since it was made</source>
        <translation>mai usata nel giorno trascorso dalla creazione</translation>
    </message>
    <message>
        <source>never used in the %1 days since it was made</source>
        <translation>mai usata nei %1 giorni trascorsi dalla creazione</translation>
    </message>
    <message>
        <source>unused for 1 day</source>
        <translation>inutilizzata da 1 giorno</translation>
    </message>
    <message>
        <source>unused for %1 days</source>
        <translation>inutilizzata da %1 giorni</translation>
    </message>
    <message>
        <source>%1 from any network</source>
        <translation>%1 da qualsiasi rete</translation>
    </message>
    <message>
        <source>Tenant %1 already has an active tenant key; rotate it instead</source>
        <translation>Il tenant %1 ha già una chiave del tenant attiva; ruotala invece di crearne un&apos;altra</translation>
    </message>
    <message>
        <source>name must not be blank</source>
        <translation>il nome non può essere vuoto</translation>
    </message>
    <message>
        <source>name is longer than %1 characters</source>
        <translation>il nome supera i %1 caratteri</translation>
    </message>
    <message>
        <source>invalid permission: %1</source>
        <translation>permesso non valido: %1</translation>
    </message>
    <message>
        <source>not an IP address or CIDR range: %1</source>
        <translation>non è un indirizzo IP né un intervallo CIDR: %1</translation>
    </message>
    <message>
        <source>expiresAt must be within 100 years</source>
        <translation>la scadenza deve cadere entro 100 anni</translation>
    </message>
    <message>
        <source>rateLimit must be a positive number of requests per minute</source>
        <translation>il limite deve essere un numero positivo di richieste al minuto</translation>
    </message>
    <message>
        <source>description is too long</source>
        <translation>la descrizione è troppo lunga</translation>
    </message>
    <message>
        <source>lifetime must be a positive number of seconds</source>
        <translation>la durata deve essere un numero positivo di secondi</translation>
    </message>
    <message>
        <source>lifetime must be at most %1 seconds (100 years)</source>
        <translation>la durata non può superare %1 secondi (100 anni)</translation>
    </message>
    <message>
        <source>give either lifetime or expiresAt, not both</source>
        <translation>indica la durata oppure la scadenza, non entrambe</translation>
    </message>
    <message>
        <source>tenant keys do not expire; rotate them instead</source>
        <translation>le chiavi del tenant non scadono; ruotale invece</translation>
    </message>
    <message>
        <source>expiresAt must be in the future</source>
        <translation>la scadenza deve essere nel futuro</translation>
    </message>
    <message>
        <source>Cannot create keys for tenant %1</source>
        <translation>Non può creare chiavi per il tenant %1</translation>
    </message>
    <message>
        <source>No tenant found with ID %1</source>
        <translation>Nessun tenant con ID %1</translation>
    </message>
    <message>
        <source>Cannot access this API key</source>
        <translation>Non può accedere a questa chiave API</translation>
    </message>
    <message>
        <source>Cannot list keys of tenant %1</source>
        <translation>Non può elencare le chiavi del tenant %1</translation>
    </message>
    <message>
        <source>Tenant %1 already has an active tenant key</source>
        <translation>Il tenant %1 ha già una chiave del tenant attiva</translation>
    </message>
    <message>
        <source>gracePeriod must be between 0 and %1 seconds (1 year)</source>
        <translation>il periodo di tolleranza deve essere tra 0 e %1 secondi (1 anno)</translation>
    </message>
    <message>
        <source>the key is unknown or no longer exists</source>
        <translation>la chiave è sconosciuta o non esiste più</translation>
    </message>
    <message>
        <source>the key is disabled</source>
        <translation>la chiave è disattivata</translation>
    </message>
    <message>
        <source>its tenant is inactive</source>
        <translation>il suo tenant è inattivo</translation>
    </message>
    <message>
        <source>the key has expired</source>
        <translation>la chiave è scaduta</translation>
    </message>
    <message>
        <source>the key is not valid yet</source>
        <translation>la chiave non è ancora valida</translation>
    </message>
    <message>
        <source>the key lacks the permission</source>
        <translation>alla chiave manca il permesso</translation>
    </message>
    <message>
        <source>the key lacks the permission %1</source>
        <translation>alla chiave manca il permesso %1</translation>
    </message>
    <message>
        <source>the key only works from its allowed networks</source>
        <translation>la chiave funziona solo dalle reti consentite</translation>
    </message>
    <message>
        <source>the key only works from its allowed networks, not from %1</source>
        <translation>la chiave funziona solo dalle reti consentite, non da %1</translation>
    </message>
    <message>
        <source>the key&apos;s rate limit is reached; try again in %1 s</source>
        <translation>il limite di richieste della chiave è raggiunto; riprova tra %1 s</translation>
    </message>
    <message>
        <source>the key store is unavailable</source>
        <translation>l&apos;archivio delle chiavi non è disponibile</translation>
    </message>
    <message>
        <source>The key found is not in this store</source>
        <translation>La chiave trovata non è in questo archivio</translation>
    </message>
    <message>
        <source>Only a SuperAdmin can manage signing keys</source>
        <translation>Solo un SuperAdmin può gestire le chiavi di firma</translation>
    </message>
    <message>
        <source>No retiring signing key</source>
        <translation>Nessuna chiave di firma da ritirare</translation>
    </message>
    <message>
        <source>No retiring signing key %1</source>
        <translation>Nessuna chiave di firma da ritirare con kid %1</translation>
    </message>
    <message>
        <source>%1 the v1 API key(s) hold a JWT signed before the last rotation, which stops working when its signing key is retired; rotate those keys first, or force the retirement</source>
        <translation>%1 chiavi API v1 hanno un JWT firmato prima dell&apos;ultima rotazione, che smette di funzionare quando la sua chiave di firma viene ritirata; ruota prima quelle chiavi o forza il ritiro</translation>
    </message>
    <message>
        <source>a tenant named &quot;%1&quot; already exists (ID %2)</source>
        <translation>esiste già un tenant di nome &quot;%1&quot; (ID %2)</translation>
    </message>
    <message>
        <source>Only a SuperAdmin can create tenants</source>
        <translation>Solo un SuperAdmin può creare tenant</translation>
    </message>
    <message>
        <source>Cannot access this tenant</source>
        <translation>Non può accedere a questo tenant</translation>
    </message>
    <message>
        <source>Only a SuperAdmin can change tenants</source>
        <translation>Solo un SuperAdmin può modificare i tenant</translation>
    </message>
    <message>
        <source>email is not a valid address</source>
        <translation>l&apos;email non è un indirizzo valido</translation>
    </message>
    <message>
        <source>password must have %1 to %2 characters</source>
        <translation>la password deve avere da %1 a %2 caratteri</translation>
    </message>
    <message>
        <source>A user with this email already exists</source>
        <translation>Esiste già un utente con questa email</translation>
    </message>
    <message>
        <source>Only a SuperAdmin can grant SuperAdmin</source>
        <translation>Solo un SuperAdmin può concedere il ruolo SuperAdmin</translation>
    </message>
    <message>
        <source>Cannot create users in tenant %1</source>
        <translation>Non può creare utenti nel tenant %1</translation>
    </message>
    <message>
        <source>No user found with ID %1</source>
        <translation>Nessun utente con ID %1</translation>
    </message>
    <message>
        <source>Cannot access this user</source>
        <translation>Non può accedere a questo utente</translation>
    </message>
    <message>
        <source>Cannot list users of tenant %1</source>
        <translation>Non può elencare gli utenti del tenant %1</translation>
    </message>
    <message>
        <source>Cannot change this user</source>
        <translation>Non può modificare questo utente</translation>
    </message>
    <message>
        <source>Only a SuperAdmin can change a SuperAdmin</source>
        <translation>Solo un SuperAdmin può modificare un SuperAdmin</translation>
    </message>
    <message>
        <source>The last active SuperAdmin cannot be deactivated or demoted; make another user SuperAdmin first</source>
        <translation>L&apos;ultimo SuperAdmin attivo non può essere disattivato né declassato; rendi prima SuperAdmin un altro utente</translation>
    </message>
</context>
<context>
    <name>keyward::AboutDialog</name>
    <message>
        <source>About Keyward</source>
        <translation>Informazioni su Keyward</translation>
    </message>
    <message>
        <source>Name and version</source>
        <translation>Nome e versione</translation>
    </message>
    <message>
        <source>Multi-tenant API keys and the JWTs exchanged for them. This console and the HTTP API it embeds work on the same keys, users and audit trail.</source>
        <translation>Chiavi API multi-tenant e i JWT ottenuti in cambio. Questa console e l&apos;API HTTP che incorpora lavorano sulle stesse chiavi, sugli stessi utenti e sullo stesso registro di audit.</translation>
    </message>
    <message>
        <source>Licensed under the Apache License, Version 2.0.
Qt %1 (built with %2) on %3</source>
        <translation>Distribuito con la licenza Apache, versione 2.0.
Qt %1 (compilato con %2) su %3</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Informazioni su &amp;Qt</translation>
    </message>
</context>
<context>
    <name>keyward::AuditPane</name>
    <message>
        <source>Search events (actor, action, target…)</source>
        <translation>Cerca eventi (attore, azione, destinazione…)</translation>
    </message>
    <message>
        <source>Only the selected &amp;tenant</source>
        <translation>Solo il &amp;tenant selezionato</translation>
    </message>
    <message>
        <source>Every word in an event&apos;s actor, action, target, source address or detail; Escape clears</source>
        <translation>Ogni parola di attore, azione, destinazione, indirizzo di origine o dettaglio di un evento; Esc cancella</translation>
    </message>
    <message>
        <source>Only the selected tenant</source>
        <translation>Solo il tenant selezionato</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Eventi di audit</translation>
    </message>
    <message>
        <source>Could not load the audit log: %1</source>
        <translation>Impossibile caricare il registro di audit: %1</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Solo %1</translation>
    </message>
    <message>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <source>events</source>
        <translation>eventi</translation>
    </message>
</context>
<context>
    <name>keyward::AuditTableModel</name>
    <message>
        <source>The audit log could not be read</source>
        <translation>Impossibile leggere il registro di audit</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>column title: when the event happened</extracomment>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Actor</source>
        <extracomment>column title: who did it</extracomment>
        <translation>Autore</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Target</source>
        <extracomment>column title: what the action was done to</extracomment>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>column title: the IP address the action came from</extracomment>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Dettagli</translation>
    </message>
</context>
<context>
    <name>keyward::CreateKeyDialog</name>
    <message>
        <source>New API Key</source>
        <translation>Nuova chiave API</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Etichetta:</translation>
    </message>
    <message>
        <source>Key label</source>
        <translation>Etichetta della chiave</translation>
    </message>
    <message>
        <source>What the key is for, e.g. “billing service”</source>
        <translation>A cosa serve la chiave, ad es. “servizio di fatturazione”</translation>
    </message>
    <message>
        <source>Label error</source>
        <translation>Errore nell&apos;etichetta</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facoltativa</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Key kind</source>
        <translation>Tipo di chiave</translation>
    </message>
    <message>
        <source>Li&amp;fetime:</source>
        <translation>D&amp;urata:</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Custom expiry</source>
        <translation>Scadenza personalizzata</translation>
    </message>
    <message>
        <source>Lifetime error</source>
        <translation>Errore nella durata</translation>
    </message>
    <message>
        <source>&amp;Permissions:</source>
        <translation>&amp;Permessi:</translation>
    </message>
    <message>
        <source>Permission read</source>
        <translation>Permesso read</translation>
    </message>
    <message>
        <source>Permission write</source>
        <translation>Permesso write</translation>
    </message>
    <message>
        <source>Permission token:generate</source>
        <translation>Permesso token:generate</translation>
    </message>
    <message>
        <source>May be exchanged for a JWT</source>
        <translation>Può essere scambiata con un JWT</translation>
    </message>
    <message>
        <source>Other permissions</source>
        <translation>Altri permessi</translation>
    </message>
    <message>
        <source>Other permissions, separated by spaces or commas</source>
        <translation>Altri permessi, separati da spazi o virgole</translation>
    </message>
    <message>
        <source>For example token:introspect, which lets a service ask POST /oauth2/introspect whether a token is still in force.</source>
        <translation>Ad esempio token:introspect, che consente a un servizio di chiedere a POST /oauth2/introspect se un token è ancora valido.</translation>
    </message>
    <message>
        <source>Permissions error</source>
        <translation>Errore nei permessi</translation>
    </message>
    <message>
        <source>Allowed &amp;networks:</source>
        <translation>&amp;Reti consentite:</translation>
    </message>
    <message>
        <source>Allowed networks</source>
        <translation>Reti consentite</translation>
    </message>
    <message>
        <source>Any address, or e.g. 10.0.0.0/8, 2001:db8::1</source>
        <translation>Qualsiasi indirizzo, o ad es. 10.0.0.0/8, 2001:db8::1</translation>
    </message>
    <message>
        <source>IP addresses and CIDR ranges, IPv4 or IPv6, separated by commas</source>
        <translation>Indirizzi IP e intervalli CIDR, IPv4 o IPv6, separati da virgole</translation>
    </message>
    <message>
        <source>Allowed networks error</source>
        <translation>Errore nelle reti consentite</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Limite di frequenza:</translation>
    </message>
    <message>
        <source>Limit to</source>
        <translation>Limita a</translation>
    </message>
    <message>
        <source>Limit the rate</source>
        <translation>Limita la frequenza</translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation>Richieste al minuto</translation>
    </message>
    <message>
        <source> requests per minute</source>
        <translation> richieste al minuto</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Secret key (sk_…)</source>
        <translation>Chiave segreta (sk_…)</translation>
    </message>
    <message>
        <source>JWT key (signed, revocable)</source>
        <translation>Chiave JWT (firmata, revocabile)</translation>
    </message>
    <message>
        <source>Tenant key (ak_…, publishable)</source>
        <translation>Chiave del tenant (ak_…, pubblicabile)</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 ora</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 giorno</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 giorni</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 giorni</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 anno</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>Non scade mai</translation>
    </message>
    <message>
        <source>Until a date…</source>
        <translation>Fino a una data…</translation>
    </message>
    <message>
        <source>&amp;Create Key</source>
        <translation>&amp;Crea chiave</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Crea chiave</translation>
    </message>
    <message>
        <source>New API Key for %1</source>
        <translation>Nuova chiave API per %1</translation>
    </message>
    <message>
        <source>A label is required.</source>
        <translation>L&apos;etichetta è obbligatoria.</translation>
    </message>
    <message>
        <source>Pick a time in the future.</source>
        <translation>Scegli un momento nel futuro.</translation>
    </message>
    <message>
        <source>“%1” is not a permission name (lowercase letters, digits and . _ : -)</source>
        <translation>“%1” non è un nome di permesso (lettere minuscole, cifre e . _ : -)</translation>
    </message>
    <message>
        <source>“%1” is not an IP address or CIDR range.</source>
        <translation>“%1” non è un indirizzo IP né un intervallo CIDR.</translation>
    </message>
</context>
<context>
    <name>keyward::CreateUserDialog</name>
    <message>
        <source>New User</source>
        <translation>Nuovo utente</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nome@example.com</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>Almeno 8 caratteri</translation>
    </message>
    <message>
        <source>Con&amp;firm:</source>
        <translation>Con&amp;ferma:</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Conferma password</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Ruolo:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Creating the user</source>
        <translation>Creazione dell&apos;utente in corso</translation>
    </message>
    <message>
        <source>&amp;Create User</source>
        <translation>&amp;Crea utente</translation>
    </message>
    <message>
        <source>New User of %1</source>
        <translation>Nuovo utente di %1</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>“%1” non è un indirizzo email.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Le password non corrispondono.</translation>
    </message>
</context>
<context>
    <name>keyward::EmbeddedServer</name>
    <message>
        <source>“%1” is not an IP address</source>
        <translation>“%1” non è un indirizzo IP</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrestato</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Avvio in corso…</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>In ascolto</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
</context>
<context>
    <name>keyward::ExpiryNotice</name>
    <message>
        <source>&amp;Show Them</source>
        <translation>&amp;Mostrale</translation>
    </message>
    <message>
        <source>Keys expiring soon</source>
        <translation>Chiavi in scadenza</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>1 key expires within 7 days (%1).</source>
        <translation>1 chiave scade entro 7 giorni (%1).</translation>
    </message>
    <message>
        <source>%1 keys expire within 7 days (%2).</source>
        <translation>%1 chiavi scadono entro 7 giorni (%2).</translation>
    </message>
</context>
<context>
    <name>keyward::KeyActions</name>
    <message>
        <source>“%1” (%2…, id %3)</source>
        <extracomment>a key named in a question: its label, prefix and id</extracomment>
        <translation>“%1” (%2…, id %3)</translation>
    </message>
    <message>
        <source>&amp;New Key…</source>
        <translation>&amp;Nuova chiave…</translation>
    </message>
    <message>
        <source>Create an API key for the selected tenant</source>
        <translation>Crea una chiave API per il tenant selezionato</translation>
    </message>
    <message>
        <source>&amp;Disable Key</source>
        <translation>&amp;Disattiva chiave</translation>
    </message>
    <message>
        <source>A disabled key is refused until it is enabled again</source>
        <translation>Una chiave disattivata viene rifiutata finché non viene attivata di nuovo</translation>
    </message>
    <message>
        <source>&amp;Rotate Key…</source>
        <translation>&amp;Ruota chiave…</translation>
    </message>
    <message>
        <source>Issue a new secret with the same settings</source>
        <translation>Emetti un nuovo segreto con le stesse impostazioni</translation>
    </message>
    <message>
        <source>De&amp;lete Key…</source>
        <translation>&amp;Elimina chiave…</translation>
    </message>
    <message>
        <source>Revoke the key for good</source>
        <translation>Revoca la chiave definitivamente</translation>
    </message>
    <message>
        <source>Copy Key &amp;ID</source>
        <translation>Copia &amp;ID chiave</translation>
    </message>
    <message>
        <source>Copy the key&apos;s id (not a secret)</source>
        <translation>Copia l&apos;id della chiave (non è un segreto)</translation>
    </message>
    <message>
        <source>Copy a Fresh &amp;Token</source>
        <translation>Copia un &amp;token nuovo</translation>
    </message>
    <message>
        <source>Exchange the key for a JWT as a client on this machine (%1) would, and copy it; the clipboard is cleared after a while</source>
        <extracomment>%1 is this machine&apos;s loopback address</extracomment>
        <translation>Scambia la chiave con un JWT come farebbe un client su questa macchina (%1) e copialo; gli appunti vengono svuotati dopo un po&apos;</translation>
    </message>
    <message>
        <source>Show &amp;Usage…</source>
        <translation>Mostra &amp;utilizzo…</translation>
    </message>
    <message>
        <source>How the key was used and refused, hour by hour or day by day, and from where</source>
        <translation>Come la chiave è stata usata e rifiutata, ora per ora o giorno per giorno, e da dove</translation>
    </message>
    <message>
        <source>&amp;Enable Key</source>
        <translation>&amp;Attiva chiave</translation>
    </message>
    <message>
        <source>Key “%1” created</source>
        <translation>Chiave “%1” creata</translation>
    </message>
    <message>
        <source>This is the tenant key of “%1”: the tenant&apos;s clients discover it (GET /api/ApiKey/%2/apikey) and log in with it.</source>
        <translation>Questa è la chiave del tenant “%1”: i client del tenant la scoprono (GET /api/ApiKey/%2/apikey) e la usano per accedere.</translation>
    </message>
    <message>
        <source>Disable Tenant Key</source>
        <translation>Disattiva chiave del tenant</translation>
    </message>
    <message>
        <source>Disable the tenant key %1?</source>
        <translation>Disattivare la chiave del tenant %1?</translation>
    </message>
    <message>
        <source>%1 Both fail until it is enabled again.</source>
        <extracomment>%1: the tenant key&apos;s stakes (its clients discover it and log in with it); “Both” is those two</extracomment>
        <translation>%1 Entrambe le operazioni non riusciranno finché la chiave non sarà attivata di nuovo.</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disattiva</translation>
    </message>
    <message>
        <source>Could not change the key: %1</source>
        <translation>Impossibile modificare la chiave: %1</translation>
    </message>
    <message>
        <source>Key “%1” enabled</source>
        <translation>Chiave “%1” attivata</translation>
    </message>
    <message>
        <source>Key “%1” disabled</source>
        <translation>Chiave “%1” disattivata</translation>
    </message>
    <message>
        <source>Revoke the old secret at once</source>
        <translation>Revoca subito il vecchio segreto</translation>
    </message>
    <message>
        <source>Keep the old secret valid for 1 hour</source>
        <translation>Mantieni valido il vecchio segreto per 1 ora</translation>
    </message>
    <message>
        <source>Keep the old secret valid for 1 day</source>
        <translation>Mantieni valido il vecchio segreto per 1 giorno</translation>
    </message>
    <message>
        <source>Keep the old secret valid for 7 days</source>
        <translation>Mantieni valido il vecchio segreto per 7 giorni</translation>
    </message>
    <message>
        <source>Rotating the key %1 issues a new secret with the same settings.
</source>
        <translation>La rotazione della chiave %1 emette un nuovo segreto con le stesse impostazioni.
</translation>
    </message>
    <message>
        <source>%1 Discovery hands out the new key at once.
</source>
        <extracomment>%1: the tenant key&apos;s stakes (its clients discover it and log in with it)</extracomment>
        <translation>%1 La scoperta fornisce subito la nuova chiave.
</translation>
    </message>
    <message>
        <source>Clients need the new secret; meanwhile:</source>
        <translation>I client hanno bisogno del nuovo segreto; nel frattempo:</translation>
    </message>
    <message>
        <source>Rotate Key</source>
        <translation>Ruota chiave</translation>
    </message>
    <message>
        <source>&amp;Rotate</source>
        <translation>&amp;Ruota</translation>
    </message>
    <message>
        <source>Could not rotate the key: %1</source>
        <translation>Impossibile ruotare la chiave: %1</translation>
    </message>
    <message>
        <source>Key “%1” rotated</source>
        <translation>Chiave “%1” ruotata</translation>
    </message>
    <message>
        <source>%1 Both fail until a new tenant key is created.</source>
        <extracomment>%1: the tenant key&apos;s stakes (its clients discover it and log in with it); “Both” is those two</extracomment>
        <translation>%1 Entrambe le operazioni non riusciranno finché non sarà creata una nuova chiave del tenant.</translation>
    </message>
    <message>
        <source>Clients using it are refused from now on.</source>
        <translation>I client che la usano saranno rifiutati da ora in poi.</translation>
    </message>
    <message>
        <source>Delete Key</source>
        <translation>Elimina chiave</translation>
    </message>
    <message>
        <source>Delete the key %1?</source>
        <translation>Eliminare la chiave %1?</translation>
    </message>
    <message>
        <source>%1 A deleted key cannot be restored.</source>
        <translation>%1 Una chiave eliminata non può essere ripristinata.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>Could not delete the key: %1</source>
        <translation>Impossibile eliminare la chiave: %1</translation>
    </message>
    <message>
        <source>Key “%1” deleted</source>
        <translation>Chiave “%1” eliminata</translation>
    </message>
    <message>
        <source>Key id %1 copied</source>
        <translation>Id della chiave %1 copiato</translation>
    </message>
    <message>
        <source>Could not issue a token: %1</source>
        <translation>Impossibile emettere un token: %1</translation>
    </message>
    <message>
        <source>No token for “%1”: %2</source>
        <translation>Nessun token per “%1”: %2</translation>
    </message>
    <message>
        <source>Token for “%1” copied; the clipboard is cleared in %2 seconds</source>
        <translation>Token per “%1” copiato; gli appunti verranno svuotati tra %2 secondi</translation>
    </message>
    <message>
        <source>Token for “%1” copied</source>
        <translation>Token per “%1” copiato</translation>
    </message>
</context>
<context>
    <name>keyward::KeyDetailsPane</name>
    <message>
        <source>key %1</source>
        <translation>chiave %1</translation>
    </message>
    <message>
        <source>Key details</source>
        <translation>Dettagli della chiave</translation>
    </message>
    <message>
        <source>Select a key to see its details.</source>
        <translation>Seleziona una chiave per vederne i dettagli.</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Etichetta:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descrizione:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <source>Prefix:</source>
        <translation>Prefisso:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Stato:</translation>
    </message>
    <message>
        <source>Permissions:</source>
        <translation>Permessi:</translation>
    </message>
    <message>
        <source>Allowed networks:</source>
        <translation>Reti consentite:</translation>
    </message>
    <message>
        <source>Rate limit:</source>
        <translation>Limite di frequenza:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creata:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Scadenza:</translation>
    </message>
    <message>
        <source>Last used:</source>
        <translation>Ultimo utilizzo:</translation>
    </message>
    <message>
        <source>Rotation:</source>
        <translation>Rotazione:</translation>
    </message>
    <message>
        <source>Last 24 hours:</source>
        <translation>Ultime 24 ore:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>%1 per minute</source>
        <translation>%1 al minuto</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>%1 (%2 uses)</source>
        <translation>%1 (%2 utilizzi)</translation>
    </message>
    <message>
        <source>replaces %1</source>
        <translation>sostituisce la %1</translation>
    </message>
    <message>
        <source>replaced by %1</source>
        <translation>sostituita dalla %1</translation>
    </message>
    <message>
        <source>not rotated</source>
        <translation>non ruotata</translation>
    </message>
    <message>
        <source>The usage cannot be read: %1</source>
        <translation>Impossibile leggere l&apos;utilizzo: %1</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1 accepted, none refused.</source>
        <translation>%1 accettate, nessuna rifiutata.</translation>
    </message>
    <message>
        <source>%1 accepted; refused: %2.</source>
        <translation>%1 accettate; rifiutate: %2.</translation>
    </message>
    <message>
        <source>Last refused from: %1</source>
        <translation>Ultimi rifiuti da: %1</translation>
    </message>
</context>
<context>
    <name>keyward::KeyTableModel</name>
    <message>
        <source>Active</source>
        <extracomment>a key&apos;s status</extracomment>
        <translation>Attiva</translation>
    </message>
    <message>
        <source>Superseded — grace until %1</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation>Sostituita — periodo di tolleranza fino al %1</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Sostituita</translation>
    </message>
    <message>
        <source>Expired</source>
        <extracomment>a key&apos;s status</extracomment>
        <translation>Scaduta</translation>
    </message>
    <message>
        <source>Disabled</source>
        <extracomment>a key&apos;s status</extracomment>
        <translation>Disattivata</translation>
    </message>
    <message>
        <source>Tenant inactive</source>
        <translation>Tenant inattivo</translation>
    </message>
    <message>
        <source>Exchanged for tokens and accepted</source>
        <translation>Scambiata con token e accettata</translation>
    </message>
    <message>
        <source>Replaced by key %1 in a rotation; accepted until %2, then refused</source>
        <extracomment>%1 is a key id, %2 a date and time</extracomment>
        <translation>Sostituita dalla chiave %1 in una rotazione; accettata fino al %2, poi rifiutata</translation>
    </message>
    <message>
        <source>Expired %1; refused</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation>Scaduta il %1; rifiutata</translation>
    </message>
    <message>
        <source>Refused until it is enabled again</source>
        <translation>Rifiutata finché non viene attivata di nuovo</translation>
    </message>
    <message>
        <source>The tenant is deactivated: its keys are refused until it is activated again</source>
        <translation>Il tenant è disattivato: le sue chiavi sono rifiutate finché non viene riattivato</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>In scadenza</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Mai utilizzata</translation>
    </message>
    <message>
        <source>Idle 30 d</source>
        <extracomment>unused for 30 days; &quot;d&quot; abbreviates days</extracomment>
        <translation>Inutilizzata da 30 g</translation>
    </message>
    <message>
        <source>Wide open</source>
        <extracomment>the key can change things from any network</extracomment>
        <translation>Troppo aperta</translation>
    </message>
    <message>
        <source>any</source>
        <extracomment>allowed networks: any network</extracomment>
        <translation>qualsiasi</translation>
    </message>
    <message>
        <source>Tenant key</source>
        <translation>Chiave del tenant</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Chiave segreta</translation>
    </message>
    <message>
        <source>Client credential</source>
        <translation>Credenziale client</translation>
    </message>
    <message>
        <source>JWT key</source>
        <translation>Chiave JWT</translation>
    </message>
    <message>
        <source>never</source>
        <extracomment>expires: never
----------
last used: never</extracomment>
        <translation>mai</translation>
    </message>
    <message>
        <source>expired %1</source>
        <extracomment>%1 is a relative time such as &quot;3 days ago&quot;</extracomment>
        <translation>scaduta %1</translation>
    </message>
    <message>
        <source>This key does not expire</source>
        <translation>Questa chiave non scade</translation>
    </message>
    <message>
        <source>The first characters of the key; the secret itself is never stored</source>
        <translation>I primi caratteri della chiave; il segreto non viene mai memorizzato</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a concern such as &quot;Never used&quot;, %2 why, such as &quot;unused for 45 days&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>column title: what sort of key</extracomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Prefisso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permessi</translation>
    </message>
    <message>
        <source>Allowed networks</source>
        <translation>Reti consentite</translation>
    </message>
    <message>
        <source>Created</source>
        <extracomment>column title: when the key was created</extracomment>
        <translation>Creata</translation>
    </message>
    <message>
        <source>Expires</source>
        <extracomment>column title: when the key expires</extracomment>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Ultimo utilizzo</translation>
    </message>
    <message>
        <source>Uses</source>
        <extracomment>column title: how many times the key was used</extracomment>
        <translation>Utilizzi</translation>
    </message>
    <message>
        <source>Attention</source>
        <extracomment>column title: what needs the operator&apos;s attention</extracomment>
        <translation>Attenzione</translation>
    </message>
</context>
<context>
    <name>keyward::KeyUsageDialog</name>
    <message>
        <source>Usage of %1</source>
        <translation>Utilizzo di %1</translation>
    </message>
    <message>
        <source>Last 24 hours, by hour</source>
        <translation>Ultime 24 ore, per ora</translation>
    </message>
    <message>
        <source>Last 7 days, by hour</source>
        <translation>Ultimi 7 giorni, per ora</translation>
    </message>
    <message>
        <source>Last 30 days, by day</source>
        <translation>Ultimi 30 giorni, per giorno</translation>
    </message>
    <message>
        <source>Last 90 days, by day</source>
        <translation>Ultimi 90 giorni, per giorno</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Ultima volta</translation>
    </message>
    <message>
        <source>Last outcome</source>
        <translation>Ultimo esito</translation>
    </message>
    <message>
        <source>Recent addresses</source>
        <translation>Indirizzi recenti</translation>
    </message>
    <message>
        <source>%1 · %2… · id %3</source>
        <translation>%1 · %2… · id %3</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Chiave:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>Recently presented from:</source>
        <translation>Presentata di recente da:</translation>
    </message>
    <message>
        <source>The usage cannot be read: %1</source>
        <translation>Impossibile leggere l&apos;utilizzo: %1</translation>
    </message>
    <message>
        <source>%1 accepted, none refused.</source>
        <translation>%1 accettate, nessuna rifiutata.</translation>
    </message>
    <message>
        <source>%1 accepted, %2 refused (%3).</source>
        <translation>%1 accettate, %2 rifiutate (%3).</translation>
    </message>
</context>
<context>
    <name>keyward::KeysPane</name>
    <message>
        <source>Search keys</source>
        <translation>Cerca chiavi</translation>
    </message>
    <message>
        <source>Every word in a key&apos;s label, description, prefix, permissions or networks, or its id; Escape clears</source>
        <translation>Ogni parola nell&apos;etichetta, nella descrizione, nel prefisso, nei permessi o nelle reti di una chiave, o il suo id; Esc cancella</translation>
    </message>
    <message>
        <source>Key count</source>
        <translation>Numero di chiavi</translation>
    </message>
    <message>
        <source>Show</source>
        <extracomment>accessible name of the box that filters the keys (all, or one concern)</extracomment>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>Show every key, or only those that need attention</source>
        <translation>Mostra tutte le chiavi o solo quelle che richiedono attenzione</translation>
    </message>
    <message>
        <source>All keys</source>
        <translation>Tutte le chiavi</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Chiavi</translation>
    </message>
    <message>
        <source>The Attention column cannot be sorted on; “Show” lists the keys with one concern</source>
        <translation>La colonna Attenzione non può essere ordinata; “Mostra” elenca le chiavi con un problema</translation>
    </message>
    <message>
        <source>Select a tenant to see its keys.</source>
        <translation>Seleziona un tenant per vederne le chiavi.</translation>
    </message>
    <message>
        <source>Key %1 is not in this list (a search or Show: hides it, or it was deleted)</source>
        <translation>La chiave %1 non è in questo elenco (una ricerca o Mostra: la nasconde, oppure è stata eliminata)</translation>
    </message>
    <message>
        <source>Could not load keys: %1</source>
        <translation>Impossibile caricare le chiavi: %1</translation>
    </message>
    <message>
        <source>Keys of %1</source>
        <translation>Chiavi di %1</translation>
    </message>
    <message>
        <source>key</source>
        <extracomment>counted, as in “12 keys”</extracomment>
        <translation>chiave</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>chiavi</translation>
    </message>
</context>
<context>
    <name>keyward::LeakScanDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>S&amp;foglia…</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>&amp;Cerca</translation>
    </message>
    <message>
        <source>Include &amp;git history</source>
        <translation>Includi la cronologia &amp;git</translation>
    </message>
    <message>
        <source>&amp;Revoke Live Keys…</source>
        <translation>&amp;Revoca chiavi attive…</translation>
    </message>
    <message>
        <source>Scan for Leaked Keys</source>
        <translation>Ricerca di fughe di chiavi</translation>
    </message>
    <message>
        <source>Looks through a folder for Keyward API keys (binary files, .git folders and symbolic links are skipped) and says what each key is now. Only masked prefixes are shown.</source>
        <translation>Cerca chiavi API di Keyward in una cartella (file binari, cartelle .git e collegamenti simbolici vengono saltati) e indica lo stato attuale di ogni chiave. Vengono mostrati solo i prefissi mascherati.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>Cart&amp;ella:</translation>
    </message>
    <message>
        <source>Folder to scan</source>
        <translation>Cartella in cui cercare</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chiave</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Keys found</source>
        <translation>Chiavi trovate</translation>
    </message>
    <message>
        <source>Choose a folder and scan it.</source>
        <translation>Scegli una cartella in cui cercare.</translation>
    </message>
    <message>
        <source>Also read every commit of the folder&apos;s git repository (needs git): a key removed from the files may still be in its history</source>
        <translation>Legge anche ogni commit del repository git della cartella (richiede git): una chiave rimossa dai file può trovarsi ancora nella sua cronologia</translation>
    </message>
    <message>
        <source>Folder to Scan</source>
        <translation>Cartella in cui cercare</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 non esiste.</translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation>Ricerca in %1…</translation>
    </message>
    <message>
        <source>the key store cannot be read: %1</source>
        <translation>impossibile leggere l’archivio delle chiavi: %1</translation>
    </message>
    <message>
        <source>The scan did not finish.</source>
        <translation>La ricerca non è stata completata.</translation>
    </message>
    <message>
        <source>Could not scan: %1</source>
        <translation>Impossibile eseguire la ricerca: %1</translation>
    </message>
    <message>
        <source>No Keyward keys found.</source>
        <translation>Nessuna chiave di Keyward trovata.</translation>
    </message>
    <message>
        <source>1 key found, %1 live.</source>
        <translation>1 chiave trovata, attive: %1.</translation>
    </message>
    <message>
        <source>%1 keys found, %2 live.</source>
        <translation>%1 chiavi trovate, attive: %2.</translation>
    </message>
    <message>
        <source>Revoke Live Keys</source>
        <translation>Revoca chiavi attive</translation>
    </message>
    <message>
        <source>Disable every live key found?</source>
        <translation>Disattivare tutte le chiavi attive trovate?</translation>
    </message>
    <message>
        <source>Services using them are refused from now on; each revocation is recorded in the audit log with the place the key was found.</source>
        <translation>Da ora in poi i servizi che le usano vengono rifiutati; ogni revoca viene annotata nel registro di audit insieme al punto in cui è stata trovata la chiave.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Revoca</translation>
    </message>
    <message>
        <source>Some keys were not disabled:
%1</source>
        <translation>Alcune chiavi non sono state disattivate:
%1</translation>
    </message>
    <message>
        <source>Revoked 1 leaked key</source>
        <translation>Revocata 1 chiave trapelata</translation>
    </message>
    <message>
        <source>Revoked %1 leaked keys</source>
        <translation>Revocate %1 chiavi trapelate</translation>
    </message>
    <message>
        <source>live</source>
        <translation>attiva</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disattivata</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminata</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>scaduta</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuta</translation>
    </message>
</context>
<context>
    <name>keyward::MainWindow</name>
    <message>
        <source>%1 — Keyward</source>
        <translation>%1 — Keyward</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Chiavi</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Utenti</translation>
    </message>
    <message>
        <source>&amp;Audit Log</source>
        <translation>&amp;Registro di audit</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Viste</translation>
    </message>
    <message>
        <source>Server state</source>
        <translation>Stato del server</translation>
    </message>
    <message>
        <source>Show the server</source>
        <translation>Mostra il server</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>Read tenants, keys, users and the audit log again</source>
        <translation>Rileggi i tenant, le chiavi, gli utenti e il registro di audit</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtra…</translation>
    </message>
    <message>
        <source>&amp;Start Server</source>
        <translation>&amp;Avvia server</translation>
    </message>
    <message>
        <source>Serve the HTTP API from this window</source>
        <translation>Esponi l&apos;API HTTP da questa finestra</translation>
    </message>
    <message>
        <source>S&amp;top Server</source>
        <translation>Ar&amp;resta server</translation>
    </message>
    <message>
        <source>Copy &amp;Base URL</source>
        <translation>Copia &amp;URL di base</translation>
    </message>
    <message>
        <source>Base URL copied</source>
        <translation>URL di base copiato</translation>
    </message>
    <message>
        <source>Signing &amp;Keys…</source>
        <translation>Chiavi di &amp;firma…</translation>
    </message>
    <message>
        <source>See, rotate and retire the JWT signing keys</source>
        <translation>Visualizza, ruota e ritira le chiavi di firma JWT</translation>
    </message>
    <message>
        <source>Scan for &amp;Leaked Keys…</source>
        <translation>Cerca chiavi &amp;trapelate…</translation>
    </message>
    <message>
        <source>Find Keyward keys left in a folder and revoke the live ones</source>
        <translation>Trova le chiavi Keyward lasciate in una cartella e revoca quelle ancora valide</translation>
    </message>
    <message>
        <source>&amp;About Keyward</source>
        <translation>&amp;Informazioni su Keyward</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Informazioni su &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Chiave</translation>
    </message>
    <message>
        <source>&amp;Tenant</source>
        <translation>&amp;Tenant</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Utente</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>St&amp;rumenti</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barra degli strumenti principale</translation>
    </message>
    <message>
        <source>%1 — %2 — Keyward</source>
        <translation>%1 — %2 — Keyward</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>Aggiornato</translation>
    </message>
    <message>
        <source>Serving %1</source>
        <translation>Servizio attivo su %1</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Errore del server</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>Server error: %1</source>
        <translation>Errore del server: %1</translation>
    </message>
</context>
<context>
    <name>keyward::RequestLogModel</name>
    <message>
        <source>%1 ms</source>
        <extracomment>%1 is a duration in milliseconds</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>column title: when the request finished</extracomment>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Method</source>
        <extracomment>column title: the HTTP method</extracomment>
        <translation>Metodo</translation>
    </message>
    <message>
        <source>Path</source>
        <extracomment>column title: the URL path requested</extracomment>
        <translation>Percorso</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>column title: the HTTP status code</extracomment>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenza</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>ID richiesta</translation>
    </message>
</context>
<context>
    <name>keyward::RoleDialog</name>
    <message>
        <source>Every tenant: tenants, users, keys and signing keys.</source>
        <translation>Tutti i tenant: tenant, utenti, chiavi e chiavi di firma.</translation>
    </message>
    <message>
        <source>This tenant&apos;s keys and users.</source>
        <translation>Le chiavi e gli utenti di questo tenant.</translation>
    </message>
    <message>
        <source>Signs in and reads this tenant; manages no keys.</source>
        <translation>Accede e legge questo tenant; non gestisce chiavi.</translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation>Cambia ruolo</translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation>Ruolo di %1:</translation>
    </message>
    <message>
        <source>&amp;Change Role</source>
        <translation>&amp;Cambia ruolo</translation>
    </message>
</context>
<context>
    <name>keyward::SearchField</name>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is a number, %2 the thing counted (&quot;1,234 keys&quot;)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Nessuna corrispondenza</translation>
    </message>
    <message>
        <source>1 %1 matches</source>
        <translation>1 %1 corrisponde</translation>
    </message>
    <message>
        <source>%1 %2 match</source>
        <translation>%1 %2 corrispondono</translation>
    </message>
    <message>
        <source>%1, %2 loaded</source>
        <extracomment>%1 is the count above (&quot;1,234 keys&quot;, &quot;3 keys match&quot;), %2 how many rows are loaded</extracomment>
        <translation>%1, caricati: %2</translation>
    </message>
    <message>
        <source>More than %1 %2 match</source>
        <extracomment>%1 is a number (where counting stopped), %2 the things counted (&quot;keys&quot;)</extracomment>
        <translation>Più di %1 %2 corrispondono</translation>
    </message>
    <message>
        <source>More than %1 %2</source>
        <translation>Più di %1 %2</translation>
    </message>
</context>
<context>
    <name>keyward::SecretFieldGuard</name>
    <message>
        <source>&amp;Copy Key</source>
        <translation>&amp;Copia chiave</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleziona &amp;tutto</translation>
    </message>
</context>
<context>
    <name>keyward::SecretRevealDialog</name>
    <message>
        <source>Your New API Key</source>
        <translation>La tua nuova chiave API</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Nuova chiave API</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>Copy the key</source>
        <translation>Copia la chiave</translation>
    </message>
    <message>
        <source>Copy the key for “%1” now</source>
        <translation>Copia ora la chiave per “%1”</translation>
    </message>
    <message>
        <source>This is the only time Keyward shows this key. It keeps only a digest of it and cannot show it again: store it in your secret manager before you close this window. If it is lost, rotate the key.</source>
        <translation>Questa è l’unica volta in cui Keyward mostra questa chiave. Ne conserva solo un digest e non può mostrarla di nuovo: salvala nel tuo gestore di segreti prima di chiudere questa finestra. Se va persa, ruota la chiave.</translation>
    </message>
    <message>
        <source>Copied keys are removed from the clipboard after %1 seconds.</source>
        <translation>Le chiavi copiate vengono rimosse dagli appunti dopo %1 secondi.</translation>
    </message>
    <message>
        <source>I Have Stored It</source>
        <translation>L’ho salvata</translation>
    </message>
    <message>
        <source>&amp;Copied</source>
        <translation>&amp;Copiata</translation>
    </message>
    <message>
        <source>Close Without Copying?</source>
        <translation>Chiudere senza copiare?</translation>
    </message>
    <message>
        <source>The key was not copied. Keyward cannot show it again: once this window is closed, the only way to a working key is to rotate it.</source>
        <translation>La chiave non è stata copiata. Keyward non può mostrarla di nuovo: una volta chiusa questa finestra, l’unico modo per avere una chiave funzionante è ruotarla.</translation>
    </message>
    <message>
        <source>&amp;Close Without Copying</source>
        <translation>&amp;Chiudi senza copiare</translation>
    </message>
    <message>
        <source>&amp;Keep Open</source>
        <translation>&amp;Lascia aperta</translation>
    </message>
</context>
<context>
    <name>keyward::ServerPane</name>
    <message>
        <source>Embedded HTTP server</source>
        <translation>Server HTTP integrato</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Server host</source>
        <translation>Host del server</translation>
    </message>
    <message>
        <source>The address to listen on: 127.0.0.1 for this machine only, 0.0.0.0 for every interface</source>
        <translation>L’indirizzo su cui restare in ascolto: 127.0.0.1 solo per questo computer, 0.0.0.0 per tutte le interfacce</translation>
    </message>
    <message>
        <source>127.0.0.1</source>
        <translation>127.0.0.1</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Porta del server</translation>
    </message>
    <message>
        <source>0 picks a free port</source>
        <translation>0 sceglie una porta libera</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Avvia</translation>
    </message>
    <message>
        <source>Start server</source>
        <translation>Avvia il server</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Ar&amp;resta</translation>
    </message>
    <message>
        <source>Stop server</source>
        <translation>Arresta il server</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Stato:</translation>
    </message>
    <message>
        <source>Server state</source>
        <translation>Stato del server</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>&amp;URL di base:</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL di base</translation>
    </message>
    <message>
        <source>not listening</source>
        <translation>non in ascolto</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Copy base URL</source>
        <translation>Copia URL di base</translation>
    </message>
    <message>
        <source>Copy the base URL</source>
        <translation>Copia l’URL di base</translation>
    </message>
    <message>
        <source>Start the server when Keyward opens</source>
        <translation>Avvia il server all’apertura di Keyward</translation>
    </message>
    <message>
        <source>Try it with curl: discover the tenant key, log in, get a token</source>
        <translation>Provalo con curl: scopri la chiave del tenant, accedi, ottieni un token</translation>
    </message>
    <message>
        <source>curl example</source>
        <translation>Esempio curl</translation>
    </message>
    <message>
        <source>Copy &amp;example</source>
        <translation>Copia &amp;esempio</translation>
    </message>
    <message>
        <source>Copy curl example</source>
        <translation>Copia l’esempio curl</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <source>Filter requests…</source>
        <translation>Filtra richieste…</translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation>Filtra richieste</translation>
    </message>
    <message>
        <source>&amp;Follow new requests</source>
        <translation>Se&amp;gui le nuove richieste</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>Svuo&amp;ta</translation>
    </message>
    <message>
        <source>Clear request log</source>
        <translation>Svuota il registro delle richieste</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Registro delle richieste</translation>
    </message>
    <message>
        <source>Base URL copied</source>
        <translation>URL di base copiato</translation>
    </message>
    <message>
        <source>curl example copied</source>
        <translation>Esempio curl copiato</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrestato</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Avvio in corso…</translation>
    </message>
    <message>
        <source>Listening on port %1</source>
        <translation>In ascolto sulla porta %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Errore: %1</translation>
    </message>
    <message>
        <source>Discover the tenant&apos;s API key (anonymous)</source>
        <extracomment>a comment line of the curl example (a shell script)</extracomment>
        <translation>Scopri la chiave API del tenant (anonimo)</translation>
    </message>
    <message>
        <source>Check that the key works: exchange it for a JWT</source>
        <extracomment>a comment line of the curl example (a shell script)</extracomment>
        <translation>Verifica che la chiave funzioni: scambiala con un JWT</translation>
    </message>
    <message>
        <source>Log a user of the tenant in</source>
        <extracomment>a comment line of the curl example (a shell script)</extracomment>
        <translation>Fai accedere un utente del tenant</translation>
    </message>
    <message>
        <source>Call a protected endpoint with both</source>
        <extracomment>a comment line of the curl example (a shell script)</extracomment>
        <translation>Chiama un endpoint protetto con entrambi</translation>
    </message>
    <message>
        <source>last %1 of %2 requests</source>
        <translation>ultime %1 di %2 richieste</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation>%1 richieste</translation>
    </message>
</context>
<context>
    <name>keyward::SigningKeysDialog</name>
    <message>
        <source>Signing</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Verifying only</source>
        <translation>Solo verifica</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Ritirata</translation>
    </message>
    <message>
        <source>&amp;Rotate Now</source>
        <translation>&amp;Ruota ora</translation>
    </message>
    <message>
        <source>Re&amp;tire Old Keys…</source>
        <translation>Ri&amp;tira chiavi vecchie…</translation>
    </message>
    <message>
        <source>Signing Keys</source>
        <translation>Chiavi di firma</translation>
    </message>
    <message>
        <source>Every token Keyward issues is signed with the signing key; keys that only verify still accept the tokens they signed until they are retired. Servers sharing this database follow a rotation within seconds.</source>
        <translation>Ogni token emesso da Keyward è firmato con la chiave di firma; le chiavi che servono solo alla verifica continuano ad accettare i token che hanno firmato finché non vengono ritirate. I server che condividono questo database seguono una rotazione entro pochi secondi.</translation>
    </message>
    <message>
        <source>Key ID (kid)</source>
        <translation>ID chiave (kid)</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algoritmo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creata</translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation>Chiavi di firma</translation>
    </message>
    <message>
        <source>Algorithm of the next signing key</source>
        <translation>Algoritmo della prossima chiave di firma</translation>
    </message>
    <message>
        <source>HS256 shares one secret with every verifier; ES256, EdDSA and RS256 publish a public key at /.well-known/jwks.json instead.</source>
        <translation>HS256 condivide un unico segreto con chi verifica; ES256, EdDSA e RS256 pubblicano invece una chiave pubblica in /.well-known/jwks.json.</translation>
    </message>
    <message>
        <source>Next key&apos;s &amp;algorithm:</source>
        <translation>&amp;Algoritmo della prossima chiave:</translation>
    </message>
    <message>
        <source>Rotate the signing key now</source>
        <translation>Ruota ora la chiave di firma</translation>
    </message>
    <message>
        <source>Retire the keys that only verify</source>
        <translation>Ritira le chiavi che servono solo alla verifica</translation>
    </message>
    <message>
        <source>Could not list the signing keys: %1</source>
        <translation>Impossibile elencare le chiavi di firma: %1</translation>
    </message>
    <message>
        <source>No key is waiting to be retired.</source>
        <translation>Nessuna chiave è in attesa di essere ritirata.</translation>
    </message>
    <message>
        <source>1 key only verifies; retire once the tokens it signed no longer matter (access tokens live 1 hour).</source>
        <translation>1 chiave serve solo alla verifica; ritirala quando i token che ha firmato non servono più (i token di accesso durano 1 ora).</translation>
    </message>
    <message>
        <source>%1 keys only verify; retire once the tokens they signed no longer matter (access tokens live 1 hour).</source>
        <translation>%1 chiavi servono solo alla verifica; ritirale quando i token che hanno firmato non servono più (i token di accesso durano 1 ora).</translation>
    </message>
    <message>
        <source>Sign new tokens with a new key?</source>
        <translation>Firmare i nuovi token con una nuova chiave?</translation>
    </message>
    <message>
        <source>Move from %1 to %2?</source>
        <translation>Passare da %1 a %2?</translation>
    </message>
    <message>
        <source>Tokens signed so far keep working until the current key is retired.</source>
        <translation>I token firmati finora continuano a funzionare finché la chiave attuale non viene ritirata.</translation>
    </message>
    <message>
        <source>Tokens signed so far keep working until the current key is retired. HS256 publishes no key: services check tokens by introspection (POST /oauth2/introspect).</source>
        <translation>I token firmati finora continuano a funzionare finché la chiave attuale non viene ritirata. HS256 non pubblica alcuna chiave: i servizi controllano i token tramite introspezione (POST /oauth2/introspect).</translation>
    </message>
    <message>
        <source>Tokens signed so far keep working until the current key is retired. Services that verify tokens themselves find the new public key at /.well-known/jwks.json.</source>
        <translation>I token firmati finora continuano a funzionare finché la chiave attuale non viene ritirata. I servizi che verificano i token da sé trovano la nuova chiave pubblica in /.well-known/jwks.json.</translation>
    </message>
    <message>
        <source>Rotate Signing Key</source>
        <translation>Ruota chiave di firma</translation>
    </message>
    <message>
        <source>&amp;Rotate</source>
        <translation>&amp;Ruota</translation>
    </message>
    <message>
        <source>Could not rotate the signing key: %1</source>
        <translation>Impossibile ruotare la chiave di firma: %1</translation>
    </message>
    <message>
        <source>Now signing with %1</source>
        <translation>Ora la firma usa %1</translation>
    </message>
    <message>
        <source>Retire Old Keys</source>
        <translation>Ritira chiavi vecchie</translation>
    </message>
    <message>
        <source>Retire the keys that only verify?</source>
        <translation>Ritirare le chiavi che servono solo alla verifica?</translation>
    </message>
    <message>
        <source>Tokens they signed are refused from now on.</source>
        <translation>Da ora in poi i token che hanno firmato vengono rifiutati.</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Ritira</translation>
    </message>
    <message>
        <source>Some v1 API keys stop working</source>
        <translation>Alcune chiavi API v1 smettono di funzionare</translation>
    </message>
    <message>
        <source>Retire &amp;Anyway</source>
        <translation>Ritira &amp;comunque</translation>
    </message>
    <message>
        <source>Could not retire the old keys: %1</source>
        <translation>Impossibile ritirare le chiavi vecchie: %1</translation>
    </message>
    <message>
        <source>Retired: %1</source>
        <translation>Ritirate: %1</translation>
    </message>
</context>
<context>
    <name>keyward::TenantNameDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
</context>
<context>
    <name>keyward::TenantTableModel</name>
    <message>
        <source>Active</source>
        <extracomment>a tenant&apos;s status</extracomment>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inattivo</translation>
    </message>
    <message>
        <source>Tenant %1: active, %2 keys</source>
        <extracomment>%1 is the tenant&apos;s id, %2 its number of keys</extracomment>
        <translation>Tenant %1: attivo, %2 chiavi</translation>
    </message>
    <message>
        <source>Tenant %1: inactive, %2 keys</source>
        <translation>Tenant %1: inattivo, %2 chiavi</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Chiavi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
</context>
<context>
    <name>keyward::TenantsPane</name>
    <message>
        <source>New &amp;Tenant…</source>
        <translation>Nuovo &amp;tenant…</translation>
    </message>
    <message>
        <source>Create a tenant with its own tenant key</source>
        <translation>Crea un tenant con la sua chiave del tenant</translation>
    </message>
    <message>
        <source>&amp;Rename Tenant…</source>
        <translation>&amp;Rinomina tenant…</translation>
    </message>
    <message>
        <source>&amp;Deactivate Tenant</source>
        <translation>&amp;Disattiva tenant</translation>
    </message>
    <message>
        <source>An inactive tenant&apos;s keys authenticate nowhere until it is reactivated</source>
        <translation>Le chiavi di un tenant non attivo non autenticano da nessuna parte finché non viene riattivato</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>Search tenants</source>
        <translation>Cerca tenant</translation>
    </message>
    <message>
        <source>Could not load tenants: %1</source>
        <translation>Impossibile caricare i tenant: %1</translation>
    </message>
    <message>
        <source>Re&amp;activate Tenant</source>
        <translation>Ri&amp;attiva tenant</translation>
    </message>
    <message>
        <source>New Tenant</source>
        <translation>Nuovo tenant</translation>
    </message>
    <message>
        <source>&amp;Create Tenant</source>
        <translation>&amp;Crea tenant</translation>
    </message>
    <message>
        <source>Tenant “%1” created with its tenant key</source>
        <translation>Tenant “%1” creato con la sua chiave del tenant</translation>
    </message>
    <message>
        <source>Rename Tenant</source>
        <translation>Rinomina tenant</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rinomina</translation>
    </message>
    <message>
        <source>Tenant renamed to “%1”</source>
        <translation>Tenant rinominato in “%1”</translation>
    </message>
    <message>
        <source>Deactivate Tenant</source>
        <translation>Disattiva tenant</translation>
    </message>
    <message>
        <source>Deactivate “%1”?</source>
        <translation>Disattivare “%1”?</translation>
    </message>
    <message>
        <source>None of its keys will authenticate until the tenant is reactivated. Nothing is deleted.</source>
        <translation>Nessuna delle sue chiavi potrà autenticarsi finché il tenant non sarà riattivato. Non viene eliminato nulla.</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Disattiva</translation>
    </message>
    <message>
        <source>Could not change the tenant: %1</source>
        <translation>Impossibile modificare il tenant: %1</translation>
    </message>
    <message>
        <source>Tenant “%1” reactivated</source>
        <translation>Tenant “%1” riattivato</translation>
    </message>
    <message>
        <source>Tenant “%1” deactivated</source>
        <translation>Tenant “%1” disattivato</translation>
    </message>
</context>
<context>
    <name>keyward::UsageChart</name>
    <message>
        <source>Usage chart</source>
        <translation>Grafico di utilizzo</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 accepted and %2 refused since %3</source>
        <translation>%1 accettate e %2 rifiutate dal %3</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, dalle %2</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n accettata</numerusform>
            <numerusform>%n accettate</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 rifiutate: %2</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rifiutate</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accettate</translation>
    </message>
    <message>
        <source>No verifications in this period</source>
        <translation>Nessuna verifica in questo periodo</translation>
    </message>
</context>
<context>
    <name>keyward::UserTableModel</name>
    <message>
        <source>Active</source>
        <extracomment>a user&apos;s status</extracomment>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inattivo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Created</source>
        <extracomment>column title: when the user was created</extracomment>
        <translation>Creato</translation>
    </message>
</context>
<context>
    <name>keyward::UsersPane</name>
    <message>
        <source>New &amp;User…</source>
        <translation>Nuovo &amp;utente…</translation>
    </message>
    <message>
        <source>Change &amp;Role…</source>
        <translation>Cambia &amp;ruolo…</translation>
    </message>
    <message>
        <source>&amp;Deactivate User</source>
        <translation>&amp;Disattiva utente</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utenti</translation>
    </message>
    <message>
        <source>New User…</source>
        <translation>Nuovo utente…</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nuovo utente</translation>
    </message>
    <message>
        <source>Could not load users: %1</source>
        <translation>Impossibile caricare gli utenti: %1</translation>
    </message>
    <message>
        <source>Users of %1</source>
        <translation>Utenti di %1</translation>
    </message>
    <message>
        <source>Re&amp;activate User</source>
        <translation>Ri&amp;attiva utente</translation>
    </message>
    <message>
        <source>Could not create the user: %1</source>
        <translation>Impossibile creare l&apos;utente: %1</translation>
    </message>
    <message>
        <source>User %1 created</source>
        <translation>Utente %1 creato</translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation>Cambia ruolo</translation>
    </message>
    <message>
        <source>Demote %1 from %2 to %3?</source>
        <translation>Retrocedere %1 da %2 a %3?</translation>
    </message>
    <message>
        <source>They lose what a %1 may do from their next request on, tokens already issued included.</source>
        <translation>Perderà ciò che può fare un %1 dalla sua prossima richiesta in poi, compresi i token già emessi.</translation>
    </message>
    <message>
        <source>&amp;Demote</source>
        <translation>&amp;Retrocedi</translation>
    </message>
    <message>
        <source>Could not change the role: %1</source>
        <translation>Impossibile cambiare il ruolo: %1</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 ora è %2</translation>
    </message>
    <message>
        <source>Deactivate User</source>
        <translation>Disattiva utente</translation>
    </message>
    <message>
        <source>Deactivate %1 (%2)?</source>
        <translation>Disattivare %1 (%2)?</translation>
    </message>
    <message>
        <source>They can no longer log in, and the tokens they hold are refused, until they are reactivated.</source>
        <translation>Non potrà più accedere e i token in suo possesso saranno rifiutati, finché non sarà riattivato.</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Disattiva</translation>
    </message>
    <message>
        <source>Could not change the user: %1</source>
        <translation>Impossibile modificare l&apos;utente: %1</translation>
    </message>
    <message>
        <source>User %1 reactivated</source>
        <translation>Utente %1 riattivato</translation>
    </message>
    <message>
        <source>User %1 deactivated</source>
        <translation>Utente %1 disattivato</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Cerca utenti</translation>
    </message>
    <message>
        <source>Every word in a user&apos;s email or role, or their id; Escape clears</source>
        <translation>Ogni parola nell&apos;email o nel ruolo di un utente, o il suo id; Esc cancella</translation>
    </message>
    <message>
        <source>User count</source>
        <translation>Numero di utenti</translation>
    </message>
    <message>
        <source>user</source>
        <extracomment>counted, as in “12 users”</extracomment>
        <translation>utente</translation>
    </message>
    <message>
        <source>users</source>
        <translation>utenti</translation>
    </message>
</context>
</TS>
