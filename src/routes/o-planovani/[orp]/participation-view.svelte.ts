import type { PublicMeetingItem } from '$lib/domain/participation/public-meeting.types';
import type { PublicDocumentInfo } from '$lib/domain/participation/public-document.types';
import {
  fetchOpenSurveys,
  fetchPublicDocuments,
  fetchPublicMeetings,
  type OpenSurvey,
} from '$lib/services/participation.service';

/**
 * What the ORP's public page asks sync-server for: upcoming public meetings (projected out of
 * the private group databases) and open surveys. Route-only state; asked again when the device
 * comes back online.
 */
export class ParticipationView {
  /** Undefined until the server answered (offline: the page shows the catalogue's list). */
  meetings = $state.raw<PublicMeetingItem[] | undefined>();
  surveys = $state.raw<OpenSurvey[]>([]);
  documents = $state.raw<PublicDocumentInfo[]>([]);

  start(orp: string): () => void {
    let live = true;
    const load = async () => {
      const [meetings, surveys, documents] = await Promise.all([
        fetchPublicMeetings(orp),
        fetchOpenSurveys(orp),
        fetchPublicDocuments(orp),
      ]);
      if (!live) return;
      if (meetings) this.meetings = meetings;
      this.surveys = surveys;
      this.documents = documents;
    };
    void load();
    window.addEventListener('online', load);
    return () => {
      live = false;
      window.removeEventListener('online', load);
    };
  }
}
