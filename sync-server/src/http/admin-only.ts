import type { NextFunction, Request, Response } from 'express';
import { askSession } from './couch-session';

/**
 * Requests through `/db` that only server admins may make, on every server alike (issue 13,
 * defect 5). Apache CouchDB 3 keeps `_all_dbs` for admins but answers `_uuids` and, on some
 * versions, `_membership` to anyone; the embedded server answered all three anonymously, and
 * let a member create a Mango index (a design document that runs for every reader). The app
 * uses none of them; sync-server's own admin connection does not come through here.
 */
const SERVER_WIDE =
  /^\/(?:_all_dbs|_dbs_info|_membership|_uuids|_node|_scheduler|_active_tasks|_config|_stats|_system|_reshard|_cluster_setup|_db_updates|_replicate|_restart)(?:\/|$)/;
/** Making or removing an index writes a design document. */
const INDEX_WRITE = /^\/[^/]+\/_index(?:\/|$)/;

function needsAdmin(req: Request): boolean {
  if (SERVER_WIDE.test(req.path)) return true;
  return INDEX_WRITE.test(req.path) && req.method !== 'GET' && req.method !== 'HEAD';
}

function refuse(res: Response, status: 401 | 403): void {
  res.status(status).json({
    error: status === 401 ? 'unauthorized' : 'forbidden',
    reason: 'Jen pro správce serveru. / For server administrators only.',
  });
}

export function adminOnly(couchUrl: string) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!needsAdmin(req)) return next();
    if (!req.headers.authorization && !req.headers.cookie) return refuse(res, 401);
    askSession(couchUrl, req.headers).then(
      (session) => (session?.roles.includes('_admin') ? next() : refuse(res, 403)),
      (error: unknown) => next(error),
    );
  };
}
