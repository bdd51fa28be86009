import type { School } from '@/data/domain';

/** A junior comprehensive public school in Jiuquan, 表1 printing its district rather than its prefecture. */
export function school(extra: Partial<School> = {}): School {
  return {
    id: 'jq',
    seq: 7,
    nameZh: '酒泉职业技术学院',
    nameEn: 'Jiuquan Vocational and Technical College',
    shortEn: 'Jiuquan VTC',
    otherNames: [],
    levelAsPrinted: '高职',
    levelAsPrintedEn: 'Higher vocational',
    tier: 'junior-college',
    ownership: 'public',
    typeId: 'comprehensive',
    typeZh: '综合院校',
    typeEn: 'Comprehensive',
    locationAsPrinted: '酒泉市肃州区',
    locationAsPrintedEn: 'Suzhou District, Jiuquan',
    prefectureId: 'jiuquan',
    source: '表1',
    ...extra,
  };
}
