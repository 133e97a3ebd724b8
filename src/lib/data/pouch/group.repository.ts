/**
 * The working groups' names for the member repository (member.repository.ts), which validates
 * each write with the rules of its database's kind.
 */
export {
  getMemberDoc as getGroupDoc,
  getLeaves,
  getRevision,
  MemberValidationError as GroupValidationError,
  saveMemberDoc as saveGroupDoc,
  saveMemberDocs as saveGroupDocs,
  type Writer,
} from './member.repository';
