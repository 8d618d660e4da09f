/**
 * A partial Arabic catalog for the right-to-left stories: the page's own words, and a few sentences
 * that name a connector. Keys it lacks fall back to English, as a host's partial translation would.
 */
import type { Messages } from 'integrations-kit'

export const arabic: Partial<Messages> = {
  'page.title': 'التكاملات',
  'page.description': 'اربط الأدوات التي يستخدمها فريقك.',
  'catalog.search.label': 'ابحث في التكاملات',
  'catalog.search.placeholder': 'ابحث بالاسم أو الفئة',
  'catalog.count.connectors': {
    zero: 'لا توجد تكاملات',
    one: 'تكامل واحد',
    two: 'تكاملان',
    few: '{count} تكاملات',
    many: '{count} تكاملًا',
    other: '{count} تكامل',
  },
  'catalog.count.connected': '{count} متصل',
  'catalog.filter.status.all': 'الكل',
  'catalog.filter.status.connected': 'متصل',
  'catalog.filter.status.available': 'متاح',
  'catalog.filter.category.all': 'الكل',
  'catalog.section.connected': 'متصل',
  'catalog.section.available': 'متاح',
  'status.connected': 'متصل',
  'status.not_connected': 'غير متصل',
  // Sentences with a connector name in them: the hostile-data e2e reads their order around the name.
  'status.connected.reason': 'كل شيء يعمل: {name} متصل.',
  'manage.deleteTitle': 'حذف {name}؟',
  'manage.deleteDescription':
    'سيُحذف اتصال {name} مع بيانات الاعتماد والإعدادات والقيم الافتراضية للموارد. تبقى البيانات التي تمت مزامنتها في مكانها، ويمكنك ربط {name} مجددًا لاحقًا.',
  'manage.deleteDescriptionInstance':
    'سيُحذف الاتصال {name} مع إعداداته، ويتوقف تسجيل الدخول من خلاله. يبقى {connector} متاحًا، لذا يمكنك إضافة اتصال مجددًا لاحقًا.',
}
