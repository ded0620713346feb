/** `kubectl get pvc`: capacity and access modes show only once the claim is bound to a volume. */
import type { KObject } from '../../../shared/k8s/types.js';
import { accessModes, quantity } from './format.js';
import { age, ageColumn, column, nameColumn, nameOf, type Printer } from './printer.js';

/** The beta annotation still wins over spec.storageClassName, as in GetPersistentVolumeClaimClass. */
const BETA_STORAGE_CLASS = 'volume.beta.kubernetes.io/storage-class';

function claimClass(pvc: KObject): string {
  const annotated = pvc.metadata.annotations?.[BETA_STORAGE_CLASS];
  if (annotated !== undefined) return annotated;
  return pvc.spec?.storageClassName ?? '';
}

export const persistentVolumeClaimPrinter: Printer = {
  columns: [
    nameColumn,
    column('Status', 'string', 'phase represents the current phase of PersistentVolumeClaim.'),
    column('Volume', 'string', 'volumeName is the binding reference to the PersistentVolume backing this claim.'),
    column('Capacity', 'string', 'capacity represents the actual resources of the underlying volume.'),
    column('Access Modes', 'string', 'accessModes contains the actual access modes the volume backing the PVC has.'),
    column('StorageClass', 'string', 'StorageClass of the pvc'),
    column('VolumeAttributesClass', 'string', 'VolumeAttributesClass of the pvc'),
    ageColumn,
    column('VolumeMode', 'string', 'volumeMode defines what type of volume is required by the claim.', 1),
  ],
  cells(pvc, { now }) {
    const spec = pvc.spec ?? {};
    const volumeName: string = spec.volumeName ?? '';
    const bound = volumeName !== '';
    return [
      nameOf(pvc),
      pvc.metadata.deletionTimestamp ? 'Terminating' : (pvc.status?.phase ?? ''),
      volumeName,
      bound ? quantity(pvc.status?.capacity?.storage ?? '0') : '',
      bound ? accessModes(pvc.status?.accessModes) : '',
      claimClass(pvc),
      spec.volumeAttributesClassName ?? '<unset>',
      age(pvc, now),
      spec.volumeMode ?? '<unset>',
    ];
  },
};
