/**
 * npm run admin -- COMMAND: ORPs, working groups and accounts. Works against the running
 * embedded server (found through DATA_DIR) or Apache CouchDB (COUCHDB_URL/USER/PASSWORD).
 * Success prints one line on stdout; bad input prints one sentence on stderr and exits 1.
 */
import { parseArgs } from 'node:util';
import { AdminError } from '../admin/admin-error';
import { addGroup, addOrp } from '../admin/planning.admin';
import { addUser, disableUser, setPassword, setRoles } from '../admin/user.admin';
import { loadSettings } from '../config/settings';
import type { CouchClient } from '../couch/couch-client';
import { connectToCouch } from '../services/couch-runtime.service';
import { removeDemoData } from '../services/demo-removal.service';
import { runCli } from './cli-support';

export const HELP = `Usage: npm run admin -- COMMAND

Commands:
  orp add CODE NAME                       add an ORP and its plan database orp-CODE-plan
  group add ORP CODE NAME                 add a working group and its database orp-ORP-group-CODE
  user add NAME --password PW [--role ROLE]… [--display-name "FULL NAME"]
                                          create an account; a group role puts it on the
                                          group's roster (display name: the user name if none)
  user roles NAME ROLE… [--display-name "FULL NAME"]
                                          replace the account's roles; rosters follow
  user passwd NAME PW                     set a new password (re-enables a disabled account)
  user disable NAME                       remove all roles and roster entries, set an unknown
                                          password, end sessions
  remove-demo                             remove the demo catalogue services, demo plans, and the
                                          demo ORPs, groups and accounts nobody used for real

Roles: catalog:editor, orp:ORP:coordinator, orp:ORP:member, orp:ORP:group:GROUP
(a group role also grants orp:ORP:member, which reads the ORP's plan).

Settings: DATA_DIR for the embedded server started by "npm start", or COUCHDB_URL,
COUCHDB_USER and COUCHDB_PASSWORD for Apache CouchDB.
`;

type Command = (client: CouchClient, args: string[], values: Values) => Promise<string>;
interface Values {
  password?: string;
  role?: string[];
  'display-name'?: string;
}

function arity(args: string[], min: number, max: number, usage: string): void {
  if (args.length < min || args.length > max)
    throw new AdminError(`Usage: npm run admin -- ${usage}`);
}

const COMMANDS: Record<string, Command> = {
  'orp add': (client, args) => {
    arity(args, 2, 2, 'orp add CODE NAME (quote a NAME with spaces).');
    return addOrp(client, args[0]!, args[1]);
  },
  'group add': (client, args) => {
    arity(args, 3, 3, 'group add ORP CODE NAME (quote a NAME with spaces).');
    return addGroup(client, args[0]!, args[1]!, args[2]);
  },
  'user add': (client, args, values) => {
    arity(args, 1, 1, 'user add NAME --password PW [--role ROLE]….');
    return addUser(client, args[0], values.password, values.role ?? [], values['display-name']);
  },
  'user roles': (client, args, values) => {
    arity(args, 1, Number.MAX_SAFE_INTEGER, 'user roles NAME ROLE….');
    return setRoles(client, args[0]!, args.slice(1), values['display-name']);
  },
  'user passwd': (client, args) => {
    arity(args, 1, 2, 'user passwd NAME PW.');
    return setPassword(client, args[0]!, args[1]);
  },
  'user disable': (client, args) => {
    arity(args, 1, 1, 'user disable NAME.');
    return disableUser(client, args[0]!);
  },
  'remove-demo': async (client, args) => {
    arity(args, 0, 0, 'remove-demo (no arguments).');
    const settings = loadSettings();
    const removed = await removeDemoData(
      client,
      settings.couchdbUrl ? undefined : settings.dataDir,
    );
    const kept = removed.keptOrps.length
      ? `; kept ORPs with people's own documents: ${removed.keptOrps.join(', ')}`
      : '';
    return (
      `Removed ${removed.services} demo services, ${removed.planDocs} demo plan documents, ` +
      `${removed.meetingDocs} demo meeting documents, ` +
      `ORPs [${removed.orps.join(', ')}], accounts [${removed.accounts.join(', ')}]${kept}.`
    );
  },
};

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        password: { type: 'string' },
        role: { type: 'string', multiple: true },
        'display-name': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new AdminError(`${(error as Error).message.split('\n')[0]} Run with --help for usage.`);
  }
}

runCli(async () => {
  const { values, positionals } = parse(process.argv.slice(2));
  if (values.help || positionals.length === 0) {
    process.stdout.write(HELP);
    if (!values.help) throw new AdminError('Give a command; the list is above.');
    return;
  }
  const name = positionals[0] === 'remove-demo' ? 'remove-demo' : positionals.slice(0, 2).join(' ');
  const command = COMMANDS[name];
  if (!command) throw new AdminError(`Unknown command "${name}"; run with --help for the list.`);
  if (values.password !== undefined && name !== 'user add') {
    throw new AdminError(
      '--password belongs to "user add"; "user passwd" takes the password as its second argument.',
    );
  }
  if (
    values['display-name'] !== undefined &&
    ((name !== 'user add' && name !== 'user roles') || !values['display-name'].trim())
  ) {
    throw new AdminError('--display-name takes a name and belongs to "user add" or "user roles".');
  }
  const { client } = await connectToCouch(loadSettings());
  const args = positionals.slice(name.split(' ').length);
  process.stdout.write(`${await command(client, args, values)}\n`);
});
